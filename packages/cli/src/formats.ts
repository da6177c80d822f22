import { extname } from "node:path";
import type { Registry } from "@tradecraft/core";
import { csvParser } from "@tradecraft/parser-csv";
import { gdeltParser } from "@tradecraft/parser-gdelt";
import { z } from "zod";
import { CliError, EXIT } from "./errors";
import type { Input } from "./input";

/** What the command reads: native NDJSON and JSON, CSV (ours or a mapped sheet), GDELT exports, news text. */
export const InputFormatSchema = z.enum(["ndjson", "json", "csv", "gdelt", "text"]);
export type InputFormat = z.infer<typeof InputFormatSchema>;

/** What the command writes. */
export const OutputFormatSchema = z.enum(["ndjson", "json", "csv", "geojson", "geojsonseq", "ndgeojson"]);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;

const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  ndjson: "ndjson",
  jsonl: "ndjson",
  json: "json",
  txt: "text",
  text: "text",
  htm: "text",
  html: "text",
  zip: "gdelt",
};

const OUTPUT_EXTENSIONS: Readonly<Record<string, OutputFormat>> = {
  ndjson: "ndjson",
  jsonl: "ndjson",
  json: "json",
  csv: "csv",
  geojson: "geojson",
  geojsons: "geojsonseq",
  geojsonseq: "geojsonseq",
  geojsonl: "ndgeojson",
};

const extensionOf = (path: string | undefined) => (path === undefined ? "" : extname(path).slice(1).toLowerCase());

/** A format named on the command line: a built-in one, or a plugin's parser or exporter by name. */
const named = (name: string, builtin: readonly string[], plugins: readonly string[], what: string) => {
  if (builtin.includes(name) || plugins.includes(name)) return name;
  throw new CliError(
    `unknown ${what} format '${name}'`,
    `use one of ${[...builtin, ...plugins].join(", ")}, or load a plugin that provides it with --plugin`,
    EXIT.usage,
  );
};

const looksLikeJsonDataset = (sample: string) => {
  const text = sample.replace(/^\uFEFF/, "").trimStart();
  return text.startsWith("[") || /^\{\s*"(meta|events|entities|sources)"\s*:/.test(text);
};

/**
 * The input's format: `--from` if given; else its extension (a `.csv` or `.tsv` file is GDELT when its content
 * says so, since GDELT names its tab-separated files `.CSV`); else its first kilobyte, asking each parser.
 */
export const inputFormat = (input: Input, from: string | undefined, registry: Registry): string => {
  const plugins = registry.parsers.map((p) => p.name);
  if (from !== undefined) return named(from, InputFormatSchema.options, plugins, "input");
  const sample = new TextDecoder().decode(input.sample);
  const extension = extensionOf(input.path);
  const byExtension = INPUT_EXTENSIONS[extension];
  if (byExtension !== undefined) return byExtension;
  if (extension === "csv" || extension === "tsv") return (gdeltParser.detect?.(sample) ?? 0) >= 0.5 ? "gdelt" : "csv";
  const plugin = registry.parsers.find((p) => extension !== "" && p.extensions?.includes(extension));
  if (plugin !== undefined) return plugin.name;
  if (looksLikeJsonDataset(sample)) return "json";
  // Any other input that opens with an object is NDJSON, even when a bad line follows (it becomes a diagnostic).
  if (
    sample
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("{")
  )
    return "ndjson";
  const candidates = [
    { name: "gdelt", score: gdeltParser.detect?.(sample) ?? 0 },
    { name: "csv", score: csvParser.detect?.(sample) ?? 0 },
    ...registry.parsers.map((p) => ({ name: p.name, score: p.detect?.(sample) ?? 0 })),
  ].sort((a, b) => b.score - a.score);
  const [best] = candidates;
  if (best !== undefined && best.score >= 0.5) return best.name;
  throw new CliError(
    `cannot tell the format of ${input.path === undefined ? "standard input" : `'${input.name}'`}`,
    `name it with --from (${[...InputFormatSchema.options, ...plugins].join(", ")})`,
    EXIT.usage,
  );
};

/** The output's format: `--to` if given; else the output file's extension; else the command's default. */
export const outputFormat = (
  to: string | undefined,
  output: string | undefined,
  fallback: OutputFormat,
  registry: Registry,
): string => {
  const plugins = registry.exporters.map((e) => e.name);
  if (to !== undefined) return named(to, OutputFormatSchema.options, plugins, "output");
  const extension = extensionOf(output);
  const byExtension = OUTPUT_EXTENSIONS[extension] ?? registry.exporters.find((e) => e.extension === extension)?.name;
  return byExtension ?? fallback;
};
