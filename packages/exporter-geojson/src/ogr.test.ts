import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EventBase } from "@tradecraft/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatGeoJson, toFeatureCollection } from "./format";
import { fakeGazetteer } from "./gazetteer.fixture";
import type { GeoJsonMode } from "./options";

/**
 * GDAL, the library behind QGIS and most GIS servers, must open every mode and count every feature. Where
 * `ogrinfo` is not installed the tests are skipped, and their names say so.
 */
const version = spawnSync("ogrinfo", ["--version"], { encoding: "utf8" });
const ogrinfoMissing = version.error !== undefined || version.status !== 0;
const unlessMissing = ogrinfoMissing ? " (SKIPPED: ogrinfo not found; install GDAL: apt-get install gdal-bin)" : "";

const extra: EventBase[] = [
  { id: "jp-expels", type: "expulsion", initiator: "JP", target: "US", location: { country: "JP" } },
  {
    id: "unicode-names",
    type: "arrest",
    location: { city: "東京", country: "JP" },
    summary: 'Задержан «агент» 李思远 🕵️‍♀️, "quoted"; a\\b',
  },
];
const events: EventBase[] = [
  ...readFileSync(new URL("../../../examples/data/events.ndjson", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line)),
  ...extra,
];
const options = { gazetteer: fakeGazetteer, flows: true };
const FILES: Record<GeoJsonMode, string> = {
  featurecollection: "events.geojson",
  geojsonseq: "events.geojsons",
  ndgeojson: "events.geojsonl",
};

let directory = "";
const ogrinfo = (...args: string[]) => {
  const result = spawnSync("ogrinfo", ["-ro", ...args], { cwd: directory, encoding: "utf8" });
  expect(result.stderr).not.toMatch(/ERROR/);
  expect(result.status).toBe(0);
  return result.stdout;
};

describe("GDAL's ogrinfo reads what the exporter writes", () => {
  beforeAll(async () => {
    if (ogrinfoMissing) return;
    directory = mkdtempSync(join(tmpdir(), "tradecraft-geojson-ogr-"));
    for (const [mode, file] of Object.entries(FILES) as [GeoJsonMode, string][]) {
      let text = "";
      for await (const chunk of formatGeoJson(events, { ...options, mode })) text += chunk;
      writeFileSync(join(directory, file), text);
    }
  });
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it.skipIf(ogrinfoMissing).each(Object.entries(FILES))(
    `opens %s output (%s) and counts every feature, events and flows${unlessMissing}`,
    async (_, file) => {
      const { featureCollection } = await toFeatureCollection(events, options);
      const flows = featureCollection.features.filter((f) => String(f.id).endsWith("#flow")).length;
      expect(flows).toBeGreaterThan(0);
      const summary = ogrinfo("-al", "-so", file);
      expect(summary).toContain(`Feature Count: ${events.length + flows}\n`);
      expect(summary).toMatch(/summary: String/);
      const [west, south, east, north] = featureCollection.bbox ?? [];
      expect(summary).toContain(
        `Extent: (${west?.toFixed(6)}, ${south?.toFixed(6)}) - (${east?.toFixed(6)}, ${north?.toFixed(6)})`,
      );
    },
  );

  it.skipIf(ogrinfoMissing)(`reads Unicode names, quotes and the antimeridian cut back${unlessMissing}`, () => {
    const feature = ogrinfo("-al", "-where", "id = 'unicode-names'", FILES.featurecollection);
    expect(feature).toContain('summary (String) = Задержан «агент» 李思远 🕵️‍♀️, "quoted"; a\\b');
    expect(feature).toContain("POINT (139.6503 35.6762)");
    const flow = ogrinfo("-al", "-where", "event_id = 'jp-expels'", FILES.geojsonseq);
    expect(flow).toMatch(
      /MULTILINESTRING \(\(139\.6503 35\.6762,180(\.0)? 36\.\d+\),\(-180(\.0)? 36\.\d+,-77\.0369 38\.9072\)\)/,
    );
  });
});
