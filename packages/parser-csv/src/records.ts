import { type ParserInput, textChunks } from "@tradecraft/core";
import Papa from "papaparse";

/**
 * CSV records out of any input, in constant memory, with the physical line each starts on. Papa Parse does the
 * CSV: its core `Parser` is fed the text seen so far and parses every complete record, leaving an unfinished one
 * for the next chunk — exactly how Papa Parse streams files itself. Lines are counted here, from the text of each
 * record, so that line breaks inside quoted fields count as the lines they are.
 */

export type CsvRecord =
  /** A record and its fields; `line` is where it starts. `invalidUtf8` is set when the input had bad bytes. */
  | { kind: "record"; fields: string[]; line: number; invalidUtf8: boolean }
  /** A record whose quotes do not balance, or that outgrew the size limit: reported, then read past. */
  | { kind: "malformed"; line: number; reason: "quotes" | "too_long"; text: string };

export interface RecordOptions {
  readonly delimiter: string;
  /** A record longer than this (in characters) is reported and skipped, so that one stray quote cannot hold a whole file in memory. */
  readonly maxRecordSize: number;
}

/** Big string inputs are fed in slices of this many characters, so the parsed records of one slice stay few. */
const SLICE = 1 << 20;
const LINE_BREAK = /\r\n|\r|\n/g;

/** What Papa Parse's core parser hands its step callback: the one record it read (as a list of one), and where it ends. */
interface ParsedRow {
  readonly data: string[][];
  readonly errors: readonly { readonly type: string }[];
  readonly meta: { readonly cursor: number };
}

export const countBreaks = (text: string): number => {
  let count = 0;
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.exec(text) !== null) count += 1;
  return count;
};

/** The file's line ending, taken from its first line; undefined while no line has ended yet. */
const detectNewline = (text: string, final: boolean): "\r\n" | "\n" | "\r" | undefined => {
  const at = text.search(/[\r\n]/);
  if (at < 0) return final ? "\n" : undefined;
  if (text[at] === "\n") return "\n";
  if (at + 1 < text.length) return text[at + 1] === "\n" ? "\r\n" : "\r";
  return final ? "\r" : undefined;
};

/**
 * Splits a malformed record's text after its first line, where reading resumes. The line ends where the file's
 * own newline says: in a file of CR lines, a stray LF is inside a line, and cutting there read one line as two records.
 */
const afterFirstLine = (text: string, newline: string): number => {
  const at = text.indexOf(newline);
  return at < 0 ? text.length : at + newline.length;
};

/** The text without its trailing line breaks; a loop because `/[\r\n]+$/` is quadratic on many breaks. */
const withoutLineEnd = (text: string): string => {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  return text.slice(0, end);
};

export async function* readRecords(input: ParserInput, options: RecordOptions): AsyncGenerator<CsvRecord> {
  let pending = "";
  let line = 1;
  let newline: "\r\n" | "\n" | "\r" | undefined;
  let started = false;
  let invalidUtf8 = false;
  /** Set while the rest of an over-long record's first line is being skipped. */
  let skipping = false;

  /** Parses the complete records in `pending` (all of it at the end), leaving the unfinished rest. */
  function* drain(final: boolean): Generator<CsvRecord> {
    if (skipping) {
      const match = /\r\n|\r|\n/.exec(pending);
      if (match === null) {
        pending = "";
        return;
      }
      pending = pending.slice(match.index + match[0].length);
      line += 1;
      skipping = false;
    }
    newline ??= detectNewline(pending, final);
    if (newline === undefined) {
      if (pending.length <= options.maxRecordSize) return;
      newline = "\n";
    }
    for (;;) {
      const rows: ParsedRow[] = [];
      const step = (row: unknown) => rows.push(row as ParsedRow);
      new Papa.Parser({ delimiter: options.delimiter, newline, quoteChar: '"', step }).parse(pending, 0, !final);
      let start = 0;
      let resumeAt = -1;
      for (const row of rows) {
        const end = row.meta.cursor;
        const text = pending.slice(start, end);
        // Papa Parse reads the end of a file that ends with a line break as one more, empty record: it is none.
        if (text === "") break;
        if (row.errors.some((e) => e.type === "Quotes")) {
          const cut = afterFirstLine(text, newline);
          yield { kind: "malformed", line, reason: "quotes", text: withoutLineEnd(text.slice(0, cut)) };
          line += 1;
          resumeAt = start + cut;
          break;
        }
        yield { kind: "record", fields: row.data[0] ?? [], line, invalidUtf8 };
        line += countBreaks(text);
        start = end;
      }
      if (resumeAt < 0 && !final && pending.length - start > options.maxRecordSize) {
        const rest = pending.slice(start);
        const cut = afterFirstLine(rest, newline);
        yield {
          kind: "malformed",
          line,
          reason: "too_long",
          text: withoutLineEnd(rest.slice(0, Math.min(cut, 80))),
        };
        if (cut === rest.length && !/[\r\n]$/.test(rest)) {
          skipping = true;
          pending = "";
          return;
        }
        line += 1;
        resumeAt = start + cut;
      }
      if (resumeAt < 0) {
        pending = final ? "" : pending.slice(start);
        return;
      }
      pending = pending.slice(resumeAt);
      if (pending === "") return;
    }
  }

  for await (const chunk of textChunks(input)) {
    let text = chunk.text;
    if (!started && text !== "") {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      started = true;
    }
    invalidUtf8 ||= chunk.invalidUtf8;
    for (let at = 0; at < text.length; at += SLICE) {
      pending += text.slice(at, at + SLICE);
      yield* drain(false);
    }
  }
  yield* drain(true);
}
