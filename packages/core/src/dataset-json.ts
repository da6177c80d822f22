import { z } from "zod";
import type { Diagnostic } from "./diagnostics";
import { parseJsonText } from "./json-text";
import { type Dataset, DatasetMetaSchema, FORMAT_VERSION, SourceSchema } from "./model/dataset";
import { EntitySchema } from "./model/entities";
import { mergeDiagnostics } from "./parse";
import { type Registry, type RegistryEvent, zodIssuesToDiagnostics } from "./registry";

export interface ReadDatasetResult<E> {
  /** Everything that passed its checks. */
  readonly dataset: Dataset<E>;
  /** One per record that did not, and for problems with the file as a whole. */
  readonly diagnostics: readonly Diagnostic[];
}

const TopLevelSchema = z.looseObject({
  meta: z.unknown().optional(),
  events: z.array(z.unknown(), { error: "the dataset has no events array" }),
  entities: z.array(z.unknown()).optional(),
  sources: z.array(z.unknown()).optional(),
});

/**
 * Reads a dataset written as JSON (`{ meta, events, entities, sources }`). Each event is checked against its
 * registered type, each entity and source against its schema; a record that fails becomes a diagnostic
 * (path `events[12]`) and the rest is kept.
 */
export const readDataset = <R extends Registry>(
  text: string,
  options: { registry: R },
): ReadDatasetResult<RegistryEvent<R>> => {
  const empty = { events: [] };
  const json = parseJsonText(text);
  if (!json.success) return { dataset: empty, diagnostics: [json.diagnostic] };
  const top = TopLevelSchema.safeParse(json.value);
  if (!top.success) {
    return {
      dataset: empty,
      diagnostics: [
        mergeDiagnostics(zodIssuesToDiagnostics(top.error, "TC_DATASET_INVALID"), {
          hint: 'A dataset is a JSON object {"meta": {...}, "events": [...], "entities": [...], "sources": [...]}; for one event per line use NDJSON.',
        }),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const unknownKeys = Object.keys(top.data).filter((k) => !["meta", "events", "entities", "sources"].includes(k));
  if (unknownKeys.length > 0) {
    diagnostics.push({
      code: "TC_DATASET_INVALID",
      severity: "error",
      message: `unknown top-level field${unknownKeys.length > 1 ? "s" : ""} ${unknownKeys.map((k) => `'${k}'`).join(", ")}`,
      hint: "A dataset has meta, events, entities and sources; put other data under meta or in an event's ext.",
    });
  }

  const meta = check(DatasetMetaSchema, top.data.meta, ["meta"], diagnostics);
  if (meta?.version !== undefined && meta.version.split(".")[0] !== FORMAT_VERSION.split(".")[0]) {
    diagnostics.push({
      code: "TC_DATASET_VERSION",
      severity: "error",
      message: `meta.version ${meta.version} is not a version this library reads (${FORMAT_VERSION})`,
      hint: "Upgrade @tradecraft/core to read it.",
    });
  }

  const events: RegistryEvent<R>[] = [];
  top.data.events.forEach((input, index) => {
    const result = options.registry.parseEvent(input);
    if (result.success) events.push(result.event as RegistryEvent<R>);
    else
      diagnostics.push(
        prefixed(mergeDiagnostics(result.diagnostics, { position: { record: index } }), ["events", index]),
      );
  });
  const entities = collect(EntitySchema, top.data.entities, "entities", diagnostics);
  const sources = collect(SourceSchema, top.data.sources, "sources", diagnostics);

  return {
    dataset: {
      ...(meta === undefined ? {} : { meta }),
      events,
      ...(entities === undefined ? {} : { entities }),
      ...(sources === undefined ? {} : { sources }),
    },
    diagnostics,
  };
};

const prefixed = (diagnostic: Diagnostic, prefix: (string | number)[]): Diagnostic => {
  const root = prefix.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
  const path = [...prefix, ...(diagnostic.path ?? [])];
  return { ...diagnostic, message: `${root}${diagnostic.path?.length ? "." : ": "}${diagnostic.message}`, path };
};

const check = <S extends z.ZodType>(schema: S, value: unknown, path: (string | number)[], out: Diagnostic[]) => {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<S>;
  out.push(prefixed(mergeDiagnostics(zodIssuesToDiagnostics(result.error, "TC_DATASET_INVALID")), path));
  return undefined;
};

const collect = <S extends z.ZodType>(schema: S, values: unknown[] | undefined, name: string, out: Diagnostic[]) =>
  values?.flatMap((value, index) => {
    const record = check(schema, value, [name, index], out);
    return record === undefined ? [] : [record];
  });

/** Writes a dataset as JSON, stamping the format name and version into meta. */
export const writeDataset = (
  dataset: {
    meta?: object | undefined;
    events: readonly unknown[];
    entities?: readonly unknown[] | undefined;
    sources?: readonly unknown[] | undefined;
  },
  options: { indent?: number } = {},
): string =>
  `${JSON.stringify(
    {
      meta: { format: "tradecraft", version: FORMAT_VERSION, ...dataset.meta },
      events: dataset.events,
      ...(dataset.entities === undefined ? {} : { entities: dataset.entities }),
      ...(dataset.sources === undefined ? {} : { sources: dataset.sources }),
    },
    null,
    options.indent ?? 2,
  )}\n`;
