// Benchmarks @tradecraft/gazetteer as a user gets it (the built package): cold load time and heap, lookups
// per second, point-in-country per second, and the installed size of the packed package.
// Run on demand: `pnpm --filter @tradecraft/gazetteer build && node bench/gazetteer.mjs`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const COLD_RUNS = 7;
const SECONDS = 1.5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => (bytes / 1e6).toFixed(1);

/**
 * One fresh process per run: import core (which every package loads anyway), then this package, then the
 * first place lookup (city index) and the first point lookup (borders).
 */
const coldRun = () => {
  const script = `
    const tCore = performance.now();
    await import("@tradecraft/core");
    const coreMs = performance.now() - tCore;
    globalThis.gc();
    const base = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const { gazetteer } = await import("@tradecraft/gazetteer");
    const t1 = performance.now();
    globalThis.gc();
    const importHeap = process.memoryUsage().heapUsed - base;
    gazetteer.lookupPlace("Villajoyosa");
    const t2 = performance.now();
    gazetteer.countryAt(28.19, 59.377);
    const t3 = performance.now();
    globalThis.gc();
    const heap = process.memoryUsage().heapUsed - base;
    console.log(JSON.stringify({ coreMs, importMs: t1 - t0, importHeap, placesMs: t2 - t1, bordersMs: t3 - t2, heap }));`;
  const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], {
    cwd: dirname(fileURLToPath(import.meta.url)),
    encoding: "utf8",
  });
  return JSON.parse(out);
};

/** Calls `fn(i)` for about SECONDS after a warm-up; returns calls per second. */
const perSecond = (fn) => {
  for (let i = 0; i < 10_000; i++) fn(i);
  let calls = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) fn(calls + i);
    calls += 1000;
  }
  return calls / ((performance.now() - start) / 1000);
};

/** A fixed pseudo-random sequence (mulberry32), so every run tests the same points. */
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const sizeOf = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

/** Every package installed with the gazetteer, but core, and its size: [name, bytes][]. */
const runtimeDependencies = (packageDir) => {
  const found = new Map();
  const visit = (dir) => {
    const require = createRequire(join(dir, "package.json"));
    const { dependencies = {} } = require("./package.json");
    for (const name of Object.keys(dependencies)) {
      if (name.startsWith("@tradecraft/") || found.has(name)) continue;
      const depDir = dirname(require.resolve(`${name}/package.json`));
      found.set(name, sizeOf(depDir));
      visit(depDir);
    }
  };
  visit(packageDir);
  return [...found];
};

/** `pnpm pack`, unpack, and add up the files; also the runtime dependencies' installed size. */
const installedSize = () => {
  const packageDir = fileURLToPath(new URL("../packages/gazetteer", import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), "gazetteer-bench-"));
  try {
    execFileSync("pnpm", ["pack", "--pack-destination", scratch], { cwd: packageDir, stdio: "ignore" });
    const tarball = readdirSync(scratch).find((name) => name.endsWith(".tgz"));
    const packed = statSync(join(scratch, tarball)).size;
    execFileSync("tar", ["-xzf", tarball], { cwd: scratch });
    const unpacked = sizeOf(join(scratch, "package"));
    return { packed, unpacked, dependencies: runtimeDependencies(packageDir) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

const cold = Array.from({ length: COLD_RUNS }, coldRun);
const { gazetteer } = await import("@tradecraft/gazetteer");

const NAMES = [
  "Moscow",
  "Washington",
  "Kiev",
  "St. Petersburg",
  "Villajoyosa",
  "Salisbury",
  "Paris, Texas",
  "the Kremlin",
  "Russia",
  "U.S.",
  "Kaluga region",
  "Springfield",
  "Xyzzyville",
  "Zürich",
  "Den Haag",
  "Houston",
];
const next = random(42);
const POINTS = Array.from({ length: 100_000 }, () => [next() * 360 - 180, next() * 140 - 60]);
const EUROPE = Array.from({ length: 100_000 }, () => [next() * 40 - 10, next() * 30 + 35]);
const size = installedSize();

const rows = [
  ["machine", `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}`],
  [
    `import @tradecraft/core first (cold, median of ${COLD_RUNS})`,
    `${median(cold.map((r) => r.coreMs)).toFixed(0)} ms`,
  ],
  [
    "then import @tradecraft/gazetteer (reads its data text, parses nothing)",
    `${median(cold.map((r) => r.importMs)).toFixed(0)} ms, heap +${mb(median(cold.map((r) => r.importHeap)))} MB`,
  ],
  ["first place lookup: parse + index 25,567 cities", `${median(cold.map((r) => r.placesMs)).toFixed(0)} ms`],
  ["first point lookup: decode + index borders", `${median(cold.map((r) => r.bordersMs)).toFixed(0)} ms`],
  ["heap after import and both indexes", `+${mb(median(cold.map((r) => r.heap)))} MB`],
  [
    "lookupPlace (16 names in turn, incl. misses and hints)",
    `${perSecond((i) => gazetteer.lookupPlace(NAMES[i % NAMES.length])).toFixed(0)} /s`,
  ],
  [
    "lookupPlaces('Washington') (all candidates)",
    `${perSecond(() => gazetteer.lookupPlaces("Washington")).toFixed(0)} /s`,
  ],
  ["countryOfDemonym('Ukrainians')", `${perSecond(() => gazetteer.countryOfDemonym("Ukrainians")).toFixed(0)} /s`],
  [
    "lookupOrganization('the Russian FSB')",
    `${perSecond(() => gazetteer.lookupOrganization("the Russian FSB")).toFixed(0)} /s`,
  ],
  [
    "countryAt, random points on the globe (60°S-80°N)",
    `${perSecond((i) => gazetteer.countryAt(...POINTS[i % POINTS.length])).toFixed(0)} /s`,
  ],
  [
    "countryAt, random points in Europe",
    `${perSecond((i) => gazetteer.countryAt(...EUROPE[i % EUROPE.length])).toFixed(0)} /s`,
  ],
  ["package tarball (pnpm pack)", `${mb(size.packed)} MB`],
  ["package installed (unpacked)", `${mb(size.unpacked)} MB`],
  [
    "runtime dependencies (but core), installed",
    size.dependencies.map(([name, bytes]) => `${name} ${(bytes / 1e3).toFixed(0)} kB`).join(", "),
  ],
];
console.log("| measure | value |\n|---|---|");
for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`);
