// Every comparison of issue 10 in one run, on identical input: each contender runs in its own child process
// (time measured around the work, peak RSS from the process's own resource usage; ogr2ogr under GNU time),
// several times, and the table gives the median time, the median peak RSS and, for each peer, how our time compares.
//
//   pnpm bench                          # 100,000 events / rows, 3 runs each
//   pnpm bench --size 1000000 --runs 1  # the issue's size
//   pnpm bench --only ndjson,csv        # some comparisons (gdelt, csv, validate, ndjson, text, memory)
//   pnpm bench --markdown out.md        # also write the tables as Markdown
//
// Needs the packages built (pnpm run build) and GDAL's ogr2ogr for the GDELT comparison (apt-get install gdal-bin).
import { execFileSync, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { generateEvents } from "./generate-events.mjs";
import { generateGdeltRows } from "./generate-gdelt.mjs";

const self = fileURLToPath(import.meta.url);
const NOW = new Date("2025-06-01T00:00:00Z");
const PAPA_BATCH = 10_000;

// ---------------------------------------------------------------------------------------------------------------
// The contenders. Each takes the size, the input file (when it reads one) and an output path, and returns how many
// items it handled. They run in a child process, one per run.

/** Writes strings from an (async) iterable to a file, honouring back-pressure. */
const toFile = (chunks, path) => pipeline(Readable.from(chunks), createWriteStream(path));

/** Batches small strings into larger chunks so that stream overhead does not dominate a bare loop. */
async function* batched(chunks, size = 1 << 16) {
  let buffer = "";
  for await (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

const flatRows = async (n) => {
  const { coreRegistry, flatColumns, flattenEvent } = await import("@tradecraft/core");
  const columns = flatColumns(coreRegistry);
  function* rows() {
    for (const event of generateEvents(n)) yield flattenEvent(event, { registry: coreRegistry });
  }
  return { columns, rows };
};

const CONTENDERS = {
  // 1. GDELT 2.0 rows -> diplomatic/espionage events -> GeoJSON.
  "gdelt:tradecraft": async (_n, input, output, ready) => {
    const { parseGdelt } = await import("@tradecraft/parser-gdelt");
    const { formatGeoJson } = await import("@tradecraft/exporter-geojson");
    ready();
    let events = 0;
    async function* kept() {
      for await (const record of parseGdelt(createReadStream(input))) {
        if (record.kind === "event") {
          events++;
          yield record.event;
        }
      }
    }
    await toFile(batched(formatGeoJson(kept())), output);
    return events;
  },
  // 2. Events -> CSV.
  "csv:tradecraft": async (n, _input, output, ready) => {
    const { coreRegistry } = await import("@tradecraft/core");
    const { formatCsv } = await import("@tradecraft/exporter-csv");
    ready();
    await toFile(batched(formatCsv(generateEvents(n), { registry: coreRegistry })), output);
    return n;
  },
  "csv:csv-stringify": async (n, _input, output, ready) => {
    const { stringify } = await import("csv-stringify");
    const { columns, rows } = await flatRows(n);
    ready();
    const stringifier = stringify({
      columns,
      header: true,
      record_delimiter: "windows",
      escape_formulas: true,
      cast: { boolean: (value) => String(value) },
    });
    await pipeline(Readable.from(rows()), stringifier, createWriteStream(output));
    return n;
  },
  "csv:papaparse.unparse": async (n, _input, output, ready) => {
    const { default: Papa } = await import("papaparse");
    const { columns, rows } = await flatRows(n);
    ready();
    async function* chunks() {
      let batch = [];
      let header = true;
      const flush = () => {
        const text = `${Papa.unparse({ fields: columns, data: batch }, { header, newline: "\r\n", escapeFormulae: true })}\r\n`;
        header = false;
        batch = [];
        return text;
      };
      for (const row of rows()) {
        batch.push(columns.map((c) => row[c] ?? ""));
        if (batch.length === PAPA_BATCH) yield flush();
      }
      if (batch.length > 0) yield flush();
    }
    await toFile(chunks(), output);
    return n;
  },
  // 3. Validation.
  "validate:tradecraft": async (n, _input, _output, ready) => {
    const { validate } = await import("@tradecraft/validators");
    const { fakeGazetteer } = await import("./fake-gazetteer.mjs");
    ready();
    const report = await validate(generateEvents(n), { now: NOW, gazetteer: fakeGazetteer });
    return report.events;
  },
  "validate:zod": async (n, _input, _output, ready) => {
    const { coreRegistry } = await import("@tradecraft/core");
    ready();
    let valid = 0;
    for (const event of generateEvents(n)) if (coreRegistry.eventSchema.safeParse(event).success) valid++;
    if (valid !== n) throw new Error(`zod: only ${valid} of ${n} valid`);
    return n;
  },
  "validate:ajv": async (n, _input, _output, ready) => {
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const { default: addFormats } = await import("ajv-formats");
    const schema = JSON.parse(
      readFileSync(new URL(import.meta.resolve("@tradecraft/core/schema/tradecraft.schema.json")), "utf8"),
    );
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema(schema);
    const check = ajv.getSchema(`${schema.$id}#/$defs/Event`);
    ready();
    let valid = 0;
    for (const event of generateEvents(n)) if (check(event)) valid++;
    if (valid !== n) throw new Error(`ajv: only ${valid} of ${n} valid`);
    return n;
  },
  // 4. NDJSON read (file -> checked events) and write (events -> file).
  "ndjson-read:tradecraft": async (_n, input, _output, ready) => {
    const { coreRegistry, parseNdjson } = await import("@tradecraft/core");
    ready();
    let events = 0;
    for await (const record of parseNdjson(createReadStream(input), { registry: coreRegistry })) {
      if (record.kind === "event") events++;
    }
    return events;
  },
  "ndjson-read:JSON.parse loop": async (_n, input, _output, ready) => {
    ready();
    let events = 0;
    for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line === "") continue;
      JSON.parse(line);
      events++;
    }
    return events;
  },
  "ndjson-write:tradecraft": async (n, _input, output, ready) => {
    const { formatNdjson } = await import("@tradecraft/core");
    ready();
    await toFile(batched(formatNdjson(generateEvents(n))), output);
    return n;
  },
  "ndjson-write:JSON.stringify loop": async (n, _input, output, ready) => {
    ready();
    function* lines() {
      for (const event of generateEvents(n)) yield `${JSON.stringify(event)}\n`;
    }
    await toFile(batched(lines()), output);
    return n;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The child: one run of one contender, its figures as one JSON line.

const child = async (name, n, input, output) => {
  let started = performance.now();
  // Contenders call ready() once their modules are loaded (and ajv has compiled): setup is not timed.
  const ready = () => {
    started = performance.now();
  };
  const items = await CONTENDERS[name](n, input, output, ready);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ items, seconds, peakRss: process.resourceUsage().maxRSS * 1024 }));
};

// ---------------------------------------------------------------------------------------------------------------
// The parent: inputs, runs, medians, tables.

const csvField = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const writeInputs = async (dir, n, needs) => {
  const files = {};
  if (needs.has("ndjson")) {
    files.ndjson = join(dir, `events-${n}.ndjson`);
    await toFile(
      batched(
        (function* () {
          for (const event of generateEvents(n)) yield `${JSON.stringify(event)}\n`;
        })(),
      ),
      files.ndjson,
    );
  }
  if (needs.has("gdelt")) {
    const { GDELT_V2_COLUMNS } = await import("@tradecraft/parser-gdelt");
    files.gdelt = join(dir, `${n}.export.CSV`);
    files.gdeltCsv = join(dir, `gdelt-${n}.csv`);
    const tsv = createWriteStream(files.gdelt);
    const csv = createWriteStream(files.gdeltCsv);
    csv.write(`${GDELT_V2_COLUMNS.join(",")}\n`);
    let a = "";
    let b = "";
    for (const row of generateGdeltRows(n)) {
      a += `${row}\n`;
      b += `${row.split("\t").map(csvField).join(",")}\n`;
      if (a.length > 1 << 16) {
        const more = tsv.write(a) & csv.write(b);
        a = "";
        b = "";
        if (!more) await Promise.all([tsv, csv].filter((s) => s.writableNeedDrain).map((s) => once(s, "drain")));
      }
    }
    tsv.end(a);
    csv.end(b);
    await Promise.all([once(tsv, "finish"), once(csv, "finish")]);
  }
  return files;
};

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One run of a Node contender in a fresh process. */
const runNode = (name, n, input, output, node = []) => {
  const result = spawnSync(process.execPath, [...node, self, "--child", name, String(n), input ?? "", output], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`${name} at ${n} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
};

/** One run of ogr2ogr under GNU time (wall seconds, peak RSS), or timed from here without memory if it is missing. */
const runOgr = (input, output) => {
  const args = [
    "-f",
    "GeoJSON",
    output,
    input,
    "-oo",
    "X_POSSIBLE_NAMES=ActionGeo_Long",
    "-oo",
    "Y_POSSIBLE_NAMES=ActionGeo_Lat",
  ];
  rmSync(output, { force: true });
  let hasTime = true;
  try {
    statSync("/usr/bin/time");
  } catch {
    hasTime = false;
  }
  const started = performance.now();
  const result = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%e %M", "ogr2ogr", ...args], { encoding: "utf8" })
    : spawnSync("ogr2ogr", args, { encoding: "utf8" });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`ogr2ogr failed:\n${result.stderr}`);
  if (!hasTime) return { seconds: wall, peakRss: Number.NaN };
  const [seconds, kib] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { seconds, peakRss: kib * 1024 };
};

const COMPARISONS = [
  {
    key: "gdelt",
    title: "1. GDELT 2.0 rows → diplomatic/espionage events → GeoJSON",
    ours: "gdelt:tradecraft",
    peers: ["gdelt:ogr2ogr (all rows, CSV → GeoJSON)"],
    target: { peer: "gdelt:ogr2ogr (all rows, CSV → GeoJSON)", max: 1, text: "faster than ogr2ogr" },
  },
  {
    key: "csv",
    title: "2. Events → CSV",
    ours: "csv:tradecraft",
    peers: ["csv:csv-stringify", "csv:papaparse.unparse"],
    target: { peer: "csv:csv-stringify", max: 1, text: "≤ 1× csv-stringify" },
  },
  {
    key: "validate",
    title: "3. Validation (full rules vs shape only)",
    ours: "validate:tradecraft",
    peers: ["validate:ajv", "validate:zod"],
    target: { peer: "validate:ajv", max: 3, text: "≤ 3× ajv" },
  },
  {
    key: "ndjson",
    title: "4a. NDJSON read (file → checked events)",
    ours: "ndjson-read:tradecraft",
    peers: ["ndjson-read:JSON.parse loop"],
    target: { peer: "ndjson-read:JSON.parse loop", max: 1.5, text: "≤ 1.5× bare loop" },
  },
  {
    key: "ndjson",
    title: "4b. NDJSON write (events → file)",
    ours: "ndjson-write:tradecraft",
    peers: ["ndjson-write:JSON.stringify loop"],
    target: { peer: "ndjson-write:JSON.stringify loop", max: 1.5, text: "≤ 1.5× bare loop" },
  },
];

const parseArgs = (argv) => {
  const value = (flag, fallback) => {
    const i = argv.indexOf(flag);
    return i === -1 ? fallback : argv[i + 1];
  };
  return {
    size: Number(value("--size", "100000")),
    runs: Number(value("--runs", "3")),
    only: new Set(value("--only", "gdelt,csv,validate,ndjson,text,memory").split(",")),
    markdown: value("--markdown", undefined),
  };
};

const fmtSeconds = (s) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
const fmtMiB = (bytes) => (Number.isNaN(bytes) ? "n/a" : `${Math.round(bytes / 2 ** 20)}`);
const fmtInt = (x) => Math.round(x).toLocaleString("en-US");

/**
 * Comparison 5: articles per second of `@tradecraft/parser-text` on generated articles (bench/text.mjs, in a child
 * process, with the real gazetteer), and the dev-corpus F1 of the extraction scorer beside it ("n/a" without
 * ../shared). A hundredth as many articles as events, between 1,000 and 10,000. There is no peer to time against.
 */
const textSlot = async (n) => {
  try {
    await import("@tradecraft/parser-text");
  } catch {
    return "| 5. Text extraction | @tradecraft/parser-text | not available (the package is not built or not installed) | | | | |";
  }
  const { measureText } = await import("./text.mjs");
  const articles = Math.min(10_000, Math.max(1_000, Math.round(n / 100)));
  const { run, f1 } = measureText({ articles });
  const score =
    f1 === undefined
      ? "dev-corpus F1 n/a (no ../shared)"
      : `dev-corpus F1 ${f1.f1.toFixed(3)} (P ${f1.precision.toFixed(3)}, R ${f1.recall.toFixed(3)})`;
  return `| 5. Text extraction (${fmtInt(articles)} generated articles) | **@tradecraft/parser-text** | ${fmtSeconds(run.seconds)} | ${fmtInt(run.articles / run.seconds)} articles/s (${fmtInt(run.events)} events) | ${fmtMiB(run.peakRss)} | | ${score} |`;
};

const main = async () => {
  const options = parseArgs(process.argv.slice(2));
  const { size: n, runs } = options;
  const dir = mkdtempSync(join(tmpdir(), "tradecraft-bench-"));
  const out = join(dir, "out");
  const lines = [];
  const print = (line = "") => {
    console.log(line);
    lines.push(line);
  };
  const load = loadavg().map((x) => x.toFixed(1));
  const gdal = (() => {
    try {
      return execFileSync("ogr2ogr", ["--version"], { encoding: "utf8" }).trim();
    } catch {
      return undefined;
    }
  })();
  const results = {};
  try {
    const started = performance.now();
    const files = await writeInputs(dir, n, options.only);
    process.stderr.write(`inputs written in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

    const measure = (name) => {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        process.stderr.write(`${name} at ${n}, run ${i + 1}/${runs}\n`);
        let sample;
        if (name.startsWith("gdelt:ogr2ogr")) sample = runOgr(files.gdeltCsv, `${out}.geojson`);
        else {
          const input = name.startsWith("gdelt:") ? files.gdelt : name.startsWith("ndjson-read:") ? files.ndjson : "";
          sample = runNode(name, n, input, out);
        }
        samples.push(sample);
      }
      rmSync(out, { force: true });
      rmSync(`${out}.geojson`, { force: true });
      return {
        seconds: median(samples.map((s) => s.seconds)),
        peakRss: median(samples.map((s) => s.peakRss)),
        items: samples[0].items,
      };
    };

    print(`### ${fmtInt(n)} events / rows, median of ${runs} run${runs === 1 ? "" : "s"}`);
    print();
    print("| comparison | contender | median time (s) | items/s | peak RSS (MiB) | ours ÷ peer (time) | target |");
    print("| --- | --- | ---: | ---: | ---: | ---: | --- |");
    for (const comparison of COMPARISONS) {
      if (!options.only.has(comparison.key)) continue;
      if (comparison.key === "gdelt" && gdal === undefined) {
        print(`| ${comparison.title} | ogr2ogr | not available (install gdal-bin) | | | | |`);
        continue;
      }
      const ours = measure(comparison.ours);
      results[comparison.ours] = ours;
      const label = (name) => name.slice(name.indexOf(":") + 1);
      const oursItems =
        comparison.key === "gdelt"
          ? `${fmtInt(n / ours.seconds)} rows/s (${fmtInt(ours.items)} events kept)`
          : fmtInt(n / ours.seconds);
      print(
        `| ${comparison.title} | **${label(comparison.ours)}** | ${fmtSeconds(ours.seconds)} | ${oursItems} | ${fmtMiB(ours.peakRss)} | | |`,
      );
      for (const peer of comparison.peers) {
        const theirs = measure(peer);
        const ratio = ours.seconds / theirs.seconds;
        const target =
          comparison.target.peer === peer
            ? `${comparison.target.text}: ${ratio <= comparison.target.max ? "met" : "**not met**"}`
            : "";
        print(
          `| | ${label(peer)} | ${fmtSeconds(theirs.seconds)} | ${fmtInt(n / theirs.seconds)} | ${fmtMiB(theirs.peakRss)} | ${ratio.toFixed(2)}× | ${target} |`,
        );
      }
    }
    if (options.only.has("text")) print(await textSlot(n));

    if (options.only.has("memory")) {
      // 6. Peak memory of our pipelines at a tenth of the size and at the size: streaming means flat.
      const small = Math.max(1, Math.round(n / 10));
      const smallFiles = await writeInputs(join(dir), small, options.only);
      print();
      print(`### 6. Peak RSS of each pipeline at ${fmtInt(small)} and ${fmtInt(n)} (one run each)`);
      print();
      print(`| pipeline | peak RSS at ${fmtInt(small)} (MiB) | peak RSS at ${fmtInt(n)} (MiB) | growth |`);
      print("| --- | ---: | ---: | ---: |");
      for (const name of Object.keys(CONTENDERS).filter((c) => c.includes(":tradecraft"))) {
        const key = name.startsWith("gdelt:") ? "gdelt" : name.startsWith("ndjson") ? "ndjson" : name.split(":")[0];
        if (!options.only.has(key)) continue;
        const input = name.startsWith("gdelt:")
          ? smallFiles.gdelt
          : name.startsWith("ndjson-read:")
            ? smallFiles.ndjson
            : "";
        const at = runNode(name, small, input, out).peakRss;
        rmSync(out, { force: true });
        const atN =
          results[name]?.peakRss ??
          runNode(name, n, name.startsWith("gdelt:") ? files.gdelt : files.ndjson, out).peakRss;
        print(`| ${name.replace(":tradecraft", "")} | ${fmtMiB(at)} | ${fmtMiB(atN)} | ${(atN / at).toFixed(2)}× |`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  print();
  print(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM (${Math.round(freemem() / 2 ** 30)} GiB free), Node ${process.version}${gdal ? `, ${gdal}` : ""}; load average at start ${load.join(", ")} (shared machine).`,
  );
  if (options.markdown) writeFileSync(options.markdown, `${lines.join("\n")}\n`);
};

if (process.argv[2] === "--child") {
  const [, , , name, n, input, output] = process.argv;
  await child(name, Number(n), input, output);
} else {
  await main();
}
