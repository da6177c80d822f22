import { existsSync } from "node:fs";
import { COLLAPSED_REASON } from "@tradecraft/parser-gdelt";
import { describe, expect, it } from "vitest";
import { countFile, exportFiles, samplesDir } from "./samples";

const dir = samplesDir();
const present = existsSync(dir);
if (!present) console.warn(`skipping the GDELT sample counts: no shared samples at ${dir}`);

describe.skipIf(!present)("the shared GDELT samples", () => {
  const files = present ? exportFiles(dir) : [];

  it("are the three exports the notes describe", () => {
    expect(files.map((f) => f.replace(/^.*\//, ""))).toEqual([
      "sample-arekziobrowski-v2-20191024143000.export.tsv",
      "sample-reed9999-v1daily-20160728.export.tsv",
      "sample-reed9999-v1historical-1982.export.tsv",
    ]);
  });

  it.each(files)("%s: every line ends as one event, skip or diagnostic, and none is malformed", async (path) => {
    const { lines, tally } = await countFile(path);
    expect(tally.records).toBe(lines);
    expect(tally.diagnostics).toBe(0);
    expect(tally.events).toBeGreaterThan(0);
    expect(tally.byType.get("talks")).toBeGreaterThan(0);
  });

  it.each(files)("%s: collapsing merges rows but still accounts for every line", async (path) => {
    const plain = await countFile(path);
    const { lines, tally } = await countFile(path, { collapse: true });
    expect(tally.records).toBe(lines);
    const merged = tally.bySkipReason.get(COLLAPSED_REASON) ?? 0;
    expect(tally.events + merged).toBe(plain.tally.events);
  });
});
