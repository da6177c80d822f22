import { readFileSync } from "node:fs";
import { Zip, ZipDeflate, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { GdeltOptions } from "./options";
import { parseGdelt } from "./parser";
import { gdeltRow } from "./rows.fixture";
import { GdeltTally } from "./tally";

const fixture = (name: string) => new URL(`../test/fixtures/${name}`, import.meta.url);
const encode = (text: string) => new TextEncoder().encode(text);

const tally = async (input: Parameters<typeof parseGdelt>[0], options: GdeltOptions = {}) => {
  const counts = new GdeltTally();
  const diagnostics = [];
  for await (const record of parseGdelt(input, options)) {
    counts.add(record);
    if (record.kind === "diagnostic") diagnostics.push(record.diagnostic);
  }
  return { counts, diagnostics };
};

async function* chunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** A zip written as a stream (sizes in data descriptors after the data), as fflate's and many servers' zips are. */
const streamedZip = (files: Record<string, Uint8Array>): Uint8Array => {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const [name, data] of Object.entries(files)) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const rows = (n: number) =>
  encode(`${Array.from({ length: n }, (_, i) => gdeltRow({ GLOBALEVENTID: i + 1 })).join("\n")}\n`);

describe("zipped input", () => {
  it("reads GDELT's .export.CSV.zip (made by Info-ZIP) exactly as the plain file", async () => {
    const zipped = readFileSync(fixture("v2-20191024143000.export.CSV.zip"));
    const plain = readFileSync(fixture("v2-20191024143000.export.tsv"));
    const fromZip = await tally(zipped);
    expect(fromZip.counts).toEqual((await tally(plain)).counts);
    expect(fromZip.counts.records).toBe(90);
    expect(fromZip.diagnostics).toEqual([]);
  });

  it("reads a streamed zip (data descriptors) handed over in chunks of any size", async () => {
    const zipped = streamedZip({ "20191024143000.export.CSV": rows(300) });
    for (const size of [1, 3, 1000, 1 << 20]) {
      const { counts, diagnostics } = await tally(chunks(zipped, size));
      expect(diagnostics, String(size)).toEqual([]);
      expect(counts.events, String(size)).toBe(300);
    }
  });

  it("refuses an archive whose declared size is over the limit before inflating it", async () => {
    const zipped = zipSync({ "big.CSV": rows(50) });
    const { counts, diagnostics } = await tally(zipped, { maxDecompressedBytes: 1000 });
    expect(counts.records).toBe(1);
    expect(diagnostics[0]).toMatchObject({
      code: "TC_GDELT_ZIP_TOO_LARGE",
      message: expect.stringMatching(/^the archive unzips to more than 1000 bytes \(\d+ seen\); reading stopped$/),
      position: { line: 1 },
      hint: expect.stringContaining("zip bomb"),
    });
  });

  it("stops a zip bomb whose size is not declared as soon as it inflates past the limit", async () => {
    // 64 MiB of zeros deflate to about 64 KiB: read with a 1 MiB limit, it must stop near the limit.
    const bomb = streamedZip({ "bomb.CSV": new Uint8Array(64 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const before = process.memoryUsage().arrayBuffers;
    const { diagnostics } = await tally(chunks(bomb, 4096), { maxDecompressedBytes: 1 << 20 });
    expect(diagnostics.map((d) => d.code)).toEqual(["TC_GDELT_ZIP_TOO_LARGE"]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(48 * 1024 * 1024);
  });

  it("reports a truncated archive after the rows it could read", async () => {
    const zipped = streamedZip({ "cut.CSV": rows(2000) });
    const { counts, diagnostics } = await tally(zipped.subarray(0, Math.floor(zipped.length / 2)));
    expect(counts.events).toBeGreaterThan(0);
    expect(diagnostics.at(-1)).toMatchObject({ code: "TC_GDELT_ZIP_CORRUPT", position: { line: counts.events + 1 } });
  });

  it("reports damaged compressed data", async () => {
    const zipped = zipSync({ "x.CSV": rows(20) });
    const damaged = zipped.slice();
    damaged.fill(0xff, 60, 120);
    const { diagnostics } = await tally(damaged);
    expect(diagnostics.map((d) => d.code)).toContain("TC_GDELT_ZIP_CORRUPT");
  });

  it("reports an empty archive", async () => {
    const { counts, diagnostics } = await tally(zipSync({}));
    expect(counts.records).toBe(1);
    expect(diagnostics[0]).toMatchObject({ code: "TC_GDELT_ZIP_EMPTY" });
  });

  it("reads the first file of an archive and warns that the others were not read", async () => {
    const zipped = streamedZip({ "a.CSV": rows(3), "b.CSV": rows(5) });
    const { counts, diagnostics } = await tally(zipped);
    expect(counts.events).toBe(3);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "TC_GDELT_ZIP_EXTRA_FILE",
        severity: "warning",
        message: expect.stringContaining("'b.CSV'"),
      }),
    ]);
  });

  it("refuses gzip with a hint instead of reading its bytes as rows", async () => {
    const { counts, diagnostics } = await tally(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
    expect(counts.records).toBe(1);
    expect(diagnostics[0]).toMatchObject({
      code: "TC_GDELT_COMPRESSION_UNSUPPORTED",
      hint: expect.stringContaining("gunzip"),
    });
  });

  it("reads plain bytes that merely start with P as text", async () => {
    const { counts } = await tally(encode("P\n"));
    expect(counts.byDiagnosticCode.get("TC_GDELT_COLUMN_COUNT")).toBe(1);
  });
});
