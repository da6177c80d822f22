import { type Diagnostic, excerpt } from "./diagnostics";
import { parseJsonText } from "./json-text";
import { type Line, type LineOptions, readLineBatches } from "./lines";
import type { EventBase } from "./model/event";
import { checkRecord } from "./parse";
import { defineExporter, defineParser, type ParsedItem, type ParseRecord, type ParserInput } from "./plugins";
import type { Registry, RegistryEvent } from "./registry";

/**
 * Native NDJSON: one event per line as a JSON object. Blank lines are allowed and ignored; every other line
 * becomes an event or one diagnostic with its line number.
 */
export const ndjsonParser = defineParser<LineOptions>({
  name: "ndjson",
  description: "Tradecraft events, one JSON object per line (NDJSON / JSON Lines).",
  extensions: ["ndjson", "jsonl"],
  mediaTypes: ["application/x-ndjson", "application/jsonl"],
  detect: (sample) => {
    const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== "");
    // Every line opens an object; every line but the last (which the sample may cut) also closes one.
    const looksLikeNdjson = lines.every(
      (l, i) => l.trimStart().startsWith("{") && (i === lines.length - 1 || l.trimEnd().endsWith("}")),
    );
    return lines.length > 0 && looksLikeNdjson ? 0.9 : 0;
  },
  async *parse(input, options) {
    for await (const batch of readLineBatches(input, options)) {
      for (const line of batch) {
        const item = readLine(line);
        if (item !== undefined) yield item;
      }
    }
  },
});

/** One line as the parser's item: undefined for a blank line, else an unchecked event or a diagnostic. */
const readLine = (line: Line): ParsedItem | undefined => {
  // A cut line whose kept start is blank still has content further on: it is reported, never skipped as blank.
  if (!line.truncated && line.text.trim() === "") return undefined;
  const position = { line: line.line, offset: line.offset };
  const problem = lineProblem(line);
  if (problem) return { kind: "diagnostic", diagnostic: { ...problem, position } };
  // Every line goes on to Registry.parseEvent (parseWith, parseNdjson), which refuses a too-deep value where one
  // could be recursed into: walking each whole record first cost a tenth of the reader's time.
  const json = parseJsonText(line.text, position, { checkDepth: false });
  return json.success
    ? { kind: "event", event: json.value, position }
    : { kind: "diagnostic", diagnostic: json.diagnostic };
};

const lineProblem = (line: { text: string; truncated: boolean; invalidUtf8: boolean }): Diagnostic | undefined => {
  if (line.truncated) {
    return {
      code: "TC_LINE_TOO_LONG",
      severity: "error",
      message: `line longer than the limit of ${line.text.length} characters`,
      hint: "Raise maxLineLength if such records are expected, or check that the file is NDJSON.",
      excerpt: excerpt(line.text),
    };
  }
  if (line.invalidUtf8) {
    return {
      code: "TC_INVALID_UTF8",
      severity: "error",
      message: "the line is not valid UTF-8",
      hint: "Re-encode the file as UTF-8 (for example with iconv -t UTF-8).",
      excerpt: excerpt(line.text),
    };
  }
  return undefined;
};

/**
 * Reads native NDJSON, checking every event against the registry. The same records as
 * `parseWith(registry, ndjsonParser, input, options)`, in one generator that handles each chunk's lines
 * synchronously: the awaits of three stacked async generators per line cost more than reading the line.
 */
export async function* parseNdjson<R extends Registry>(
  input: ParserInput,
  options: { registry: R } & LineOptions,
): AsyncGenerator<ParseRecord<RegistryEvent<R>>> {
  const { registry } = options;
  for await (const batch of readLineBatches(input, options)) {
    for (const line of batch) {
      const item = readLine(line);
      if (item !== undefined) yield checkRecord(registry, item);
    }
  }
}

/** Writes events as NDJSON, one line each, as they arrive. */
export async function* formatNdjson(events: Iterable<EventBase> | AsyncIterable<EventBase>): AsyncGenerator<string> {
  for await (const event of events) yield `${JSON.stringify(event)}\n`;
}

export const ndjsonExporter = defineExporter<Record<string, never>>({
  name: "ndjson",
  description: "Tradecraft events, one JSON object per line.",
  extension: "ndjson",
  mediaType: "application/x-ndjson",
  export: (events) => formatNdjson(events),
});
