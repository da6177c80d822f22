import { createReadStream, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { COLLAPSED_REASON, type GdeltOptions, GdeltTally, parseGdelt } from "@tradecraft/parser-gdelt";

/** The shared GDELT samples beside the repository; GDELT_SAMPLES_DIR names another folder. */
export const samplesDir = (): string =>
  process.env.GDELT_SAMPLES_DIR ?? fileURLToPath(new URL("../../../../shared/data/gdelt/", import.meta.url));

/** The GDELT event exports in a folder: GDELT names them `*.export.CSV` (zipped: `*.export.CSV.zip`). */
export const exportFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => /\.export\./i.test(name))
    .sort()
    .map((name) => join(dir, name));

/** A file's lines counted from its newline bytes, apart from the parser, to check that every row is accounted for. */
const countLines = async (path: string): Promise<number> => {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) if (byte === 10) lines += 1;
    last = chunk.at(-1) ?? last;
  }
  return last === 10 ? lines : lines + 1;
};

export interface FileCounts {
  readonly file: string;
  /** Lines in the file, for plain files (a zip's rows are only known once unzipped). */
  readonly lines?: number;
  readonly tally: GdeltTally;
}

/** Parses one file as a stream and counts what its rows became. */
export const countFile = async (path: string, options: GdeltOptions = {}): Promise<FileCounts> => {
  const tally = new GdeltTally();
  for await (const record of parseGdelt(createReadStream(path), options)) tally.add(record);
  return { file: basename(path), tally, ...(/\.zip$/i.test(path) ? {} : { lines: await countLines(path) }) };
};

/** The report for one file: its totals and types, and how many rows collapsing merged. */
export const formatCounts = ({ file, lines, tally }: FileCounts, collapsed?: FileCounts): string =>
  [
    `${file}${lines === undefined ? "" : ` (${lines} lines)`}`,
    ...tally
      .format(3)
      .split("\n")
      .map((line) => `  ${line}`),
    ...(collapsed === undefined
      ? []
      : [
          `  with collapse: ${collapsed.tally.events} events (${collapsed.tally.bySkipReason.get(COLLAPSED_REASON) ?? 0} rows merged into them by same_as)`,
        ]),
  ].join("\n");
