import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Installs the packed tarballs (this package and the core it depends on) into a scratch project, as a user would
 * from npm, then runs the README's examples there and imports the package under CJS. Needs both builds (dist/)
 * and the npm registry for third-party dependencies.
 */
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const coreDir = fileURLToPath(new URL("../../core", import.meta.url));
let scratch = "";

const run = (command: string, args: string[], cwd = scratch) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** The README's ```js blocks, in order. */
const readmeExamples = [...readFileSync(join(packageDir, "README.md"), "utf8").matchAll(/```js\n([\s\S]*?)```/g)].map(
  (match) => match[1] ?? "",
);

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "tradecraft-geojson-pack-"));
  const packs = join(scratch, "packs");
  mkdirSync(packs);
  for (const dir of [coreDir, packageDir]) run("pnpm", ["pack", "--pack-destination", packs], dir);
  const tarball = (prefix: string) => readdirSync(packs).find((file) => file.startsWith(prefix)) ?? "";
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({
      name: "scratch",
      private: true,
      type: "module",
      dependencies: {
        "@tradecraft/core": `file:packs/${tarball("tradecraft-core-")}`,
        "@tradecraft/exporter-geojson": `file:packs/${tarball("tradecraft-exporter-geojson-")}`,
      },
    }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the packed @tradecraft/exporter-geojson", () => {
  it("runs the README's first example and prints what the README shows", () => {
    const [example = ""] = readmeExamples;
    writeFileSync(join(scratch, "example.mjs"), example);
    const shown = [...example.matchAll(/^\/\/ (.*)$/gm)].map((match) => match[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect(run("node", ["example.mjs"]).trimEnd().split("\n")).toEqual(shown);
  });

  it("runs the README's streaming example on the examples' dataset", () => {
    const [, example = ""] = readmeExamples;
    writeFileSync(join(scratch, "stream.mjs"), example);
    copyFileSync(
      fileURLToPath(new URL("../../../examples/data/events.ndjson", import.meta.url)),
      join(scratch, "events.ndjson"),
    );
    run("node", ["stream.mjs"]);
    const records = readFileSync(join(scratch, "events.geojsons"), "utf8").split("\u001e").slice(1);
    expect(records).toHaveLength(50);
    expect(records.map((record) => JSON.parse(record).type)).toEqual(Array(50).fill("Feature"));
  });

  it("loads under CommonJS with the same exports", () => {
    writeFileSync(
      join(scratch, "require.cjs"),
      `const geojson = require("@tradecraft/exporter-geojson");
console.log(Object.keys(geojson).sort().join(" "));`,
    );
    expect(run("node", ["require.cjs"]).trim()).toBe(
      "FLOW_ID_SUFFIX GeoJsonModeSchema GeoJsonOptionsSchema PLACEMENT_PROPERTIES formatGeoJson geoJsonFeatures geojsonExporter geojsonPlugin geojsonSeqExporter ndgeojsonExporter toFeatureCollection",
    );
  });
});
