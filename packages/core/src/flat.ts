import type { z } from "zod";
import { decodeJsonCell, encodeJsonCell, joinCell, splitCell } from "./cells";
import { datePrecision, earliest, latest, toIsoDay } from "./dates";
import type { Entity } from "./model/entities";
import { type EventBase, eventBaseShape } from "./model/event";
import type { Registry } from "./registry";

/**
 * The flat layout of an event: one row of named cells, shared by the CSV exporter and parser and by GeoJSON
 * properties. The standard columns come first, in a fixed order that spreadsheet users can rely on; the detail
 * columns carry what those cannot hold without loss; then each type's own fields; then `ext.<namespace>.<field>`.
 * `flattenEvent` and `unflattenRow` are exact inverses for every valid event.
 */

/** The standard header, in order. Derived columns (`date_start`, `initiator_country` ...) are written for readers and ignored when read back. */
export const STANDARD_COLUMNS = [
  "id",
  "type",
  "date",
  "date_start",
  "date_end",
  "date_precision",
  "initiator",
  "initiator_country",
  "target",
  "target_country",
  "count",
  "location",
  "city",
  "country",
  "lat",
  "lon",
  "geo_precision",
  "persons",
  "organizations",
  "attribution",
  "confidence",
  "summary",
  "source_titles",
  "source_urls",
  "source_published",
  "evidence",
  "relations",
  "tags",
] as const;

/** Common fields the standard columns cannot hold without loss, one column each. */
export const DETAIL_COLUMNS = [
  "count_qualifier",
  "admin1",
  "geoname_id",
  "feature_id",
  "participants",
  "attribution_by",
  "attribution_note",
  "source_ids",
  "source_publishers",
  "source_languages",
  "source_authors",
  "evidence_texts",
  "relation_notes",
] as const;

/** Columns computed from others; a reader takes them only where the field they come from is missing. */
export const DERIVED_COLUMNS: ReadonlySet<string> = new Set([
  "date_start",
  "date_end",
  "date_precision",
  "initiator_country",
  "target_country",
  "persons",
  "organizations",
]);

const COMMON_COLUMNS: ReadonlySet<string> = new Set([...STANDARD_COLUMNS, ...DETAIL_COLUMNS]);

/** A cell's value: text, or a number or boolean where the column holds one (GeoJSON keeps them typed). */
export type FlatValue = string | number | boolean;
/** A row; a missing key is an empty cell. */
export type FlatRow = Record<string, FlatValue>;

export interface FlattenContext {
  /** Knows the type-specific fields; without it, fields beyond the common ones are written as JSON cells. */
  readonly registry?: Registry;
  /** The dataset's entities, to name the countries, persons and organizations that events reference by id. */
  readonly entities?: ReadonlyMap<string, Entity>;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The column of a type-specific field: its snake_case name, or `<type>.<name>` where that is a common column. */
export const typeFieldColumn = (type: string, field: string): string => {
  const column = snake(field);
  return COMMON_COLUMNS.has(column) ? `${type}.${column}` : column;
};

/** The type-specific columns of the registered types (or of the ones named), in registration order, each once. */
export const typeColumns = (registry: Registry, types?: readonly string[]): string[] => {
  const definitions = Object.values(registry.types).filter((d) => types === undefined || types.includes(d.type));
  return [...new Set(definitions.flatMap((d) => d.fields.map((f) => typeFieldColumn(d.type, f))))];
};

const escapeKey = (key: string) => key.replace(/%/g, "%25").replace(/\./g, "%2E");
const unescapeKey = (key: string) => key.replace(/%2E/gi, ".").replace(/%25/g, "%");

/** The column of an ext field: `ext.<namespace>.<field>` (dots and % in the field escaped, so the last dot splits). */
export const extColumn = (namespace: string, field: string): string => `ext.${namespace}.${escapeKey(field)}`;

/** The ext columns an event uses. */
export const extColumnsOf = (event: EventBase): string[] =>
  Object.entries(event.ext ?? {}).flatMap(([namespace, fields]) =>
    Object.keys(fields).map((f) => extColumn(namespace, f)),
  );

/** Every column for a registry: standard, detail, type-specific, then the ext columns given. */
export const flatColumns = (
  registry: Registry,
  options: { types?: readonly string[]; ext?: readonly string[] } = {},
) => [...STANDARD_COLUMNS, ...DETAIL_COLUMNS, ...typeColumns(registry, options.types), ...(options.ext ?? [])];

type FieldKind = "string" | "number" | "boolean" | "list" | "json";

/** How a type-specific field is written, read off its zod schema. */
const fieldKind = (schema: z.ZodType | undefined): FieldKind => {
  let def = schema?._zod.def as { type: string; innerType?: z.ZodType; element?: z.ZodType } | undefined;
  while (def && (def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType) {
    def = def.innerType._zod.def as typeof def;
  }
  switch (def?.type) {
    case "string":
    case "enum":
    case "literal":
      return "string";
    case "number":
    case "int":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return fieldKind(def.element) === "string" ? "list" : "json";
    default:
      return "json";
  }
};

const countryOf = (
  actor: string | undefined,
  entities: ReadonlyMap<string, Entity> | undefined,
): string | undefined => {
  if (actor === undefined) return undefined;
  if (!actor.includes(":")) return actor;
  const entity = entities?.get(actor);
  if (entity === undefined) return undefined;
  return entity.kind === "person" ? entity.nationalities?.[0] : entity.country;
};

const put = (row: FlatRow, column: string, value: FlatValue | undefined) => {
  if (value !== undefined && value !== "") row[column] = value;
};

/** Positional list cells: one item per citation or relation, empty items kept so columns stay aligned. */
const aligned = (items: readonly (string | undefined)[]) =>
  items.some((i) => i !== undefined) ? joinCell(items.map((i) => i ?? "")) : undefined;

/** Flattens one event into a row of cells. */
export const flattenEvent = (event: EventBase, context: FlattenContext = {}): FlatRow => {
  const { entities } = context;
  const row: FlatRow = {};
  put(row, "id", event.id);
  put(row, "type", event.type);
  if (event.date !== undefined) {
    put(row, "date", event.date);
    const [start, end] = [earliest(event.date), latest(event.date)];
    put(row, "date_start", start ? toIsoDay(start) : undefined);
    put(row, "date_end", end ? toIsoDay(end) : undefined);
    put(row, "date_precision", datePrecision(event.date));
  }
  put(row, "initiator", event.initiator);
  put(row, "initiator_country", countryOf(event.initiator, entities));
  put(row, "target", event.target);
  put(row, "target_country", countryOf(event.target, entities));
  put(row, "count", event.count);
  put(row, "count_qualifier", event.countQualifier);

  const location = event.location;
  put(row, "location", location?.name);
  put(row, "city", location?.city);
  put(row, "country", location?.country);
  put(row, "lat", location?.lat);
  put(row, "lon", location?.lon);
  put(row, "geo_precision", location?.precision);
  put(row, "admin1", location?.admin1);
  put(row, "geoname_id", location?.geonameId);
  put(row, "feature_id", location?.featureId);

  if (event.participants !== undefined) {
    const persons: string[] = [];
    const organizations: string[] = [];
    for (const p of event.participants) {
      const entity = p.entity === undefined ? undefined : entities?.get(p.entity);
      const name = p.name ?? entity?.name ?? p.entity ?? "";
      const kind =
        entity?.kind ??
        (p.entity?.startsWith("org:") ? "organization" : p.entity?.startsWith("state:") ? "state" : "person");
      if (kind === "person") persons.push(name);
      else if (kind === "organization") organizations.push(name);
    }
    put(row, "persons", persons.length ? joinCell(persons) : undefined);
    put(row, "organizations", organizations.length ? joinCell(organizations) : undefined);
    put(row, "participants", JSON.stringify(event.participants));
  }

  put(row, "attribution", event.attribution?.status);
  put(row, "attribution_by", event.attribution?.by && joinCell(event.attribution.by));
  put(row, "attribution_note", event.attribution?.note);
  put(row, "confidence", event.confidence);
  put(row, "summary", event.summary);

  const sources = event.sources ?? [];
  put(row, "source_titles", aligned(sources.map((s) => s.title)));
  put(row, "source_urls", aligned(sources.map((s) => s.url)));
  put(row, "source_published", aligned(sources.map((s) => s.published)));
  put(row, "evidence", aligned(sources.map((s) => s.evidence && `${s.evidence.start}-${s.evidence.end}`)));
  put(row, "source_ids", aligned(sources.map((s) => s.source)));
  put(row, "source_publishers", aligned(sources.map((s) => s.publisher)));
  put(row, "source_languages", aligned(sources.map((s) => s.language)));
  put(row, "source_authors", aligned(sources.map((s) => s.author)));
  put(row, "evidence_texts", aligned(sources.map((s) => s.evidence?.text)));

  const relations = event.relations ?? [];
  put(row, "relations", relations.length ? joinCell(relations.map((r) => `${r.kind}:${r.event}`)) : undefined);
  put(row, "relation_notes", aligned(relations.map((r) => r.note)));
  put(row, "tags", event.tags && joinCell(event.tags));

  const shape = context.registry?.types[event.type]?.schema.shape as Record<string, z.ZodType> | undefined;
  for (const [field, value] of Object.entries(event)) {
    if (field in eventBaseShape || value === undefined) continue;
    const column = typeFieldColumn(event.type, field);
    const kind = shape ? fieldKind(shape[field]) : "json";
    if (kind === "list" && Array.isArray(value)) put(row, column, joinCell(value as string[]));
    else if (kind === "json") put(row, column, encodeJsonCell(value));
    else put(row, column, value as FlatValue);
  }
  for (const [namespace, fields] of Object.entries(event.ext ?? {})) {
    for (const [field, value] of Object.entries(fields)) put(row, extColumn(namespace, field), encodeJsonCell(value));
  }
  return row;
};

/** A row as read: cells may be text (CSV) or typed (GeoJSON); empty, null and missing are the same. */
export type FlatInput = Readonly<Record<string, FlatValue | null | undefined>>;

export interface UnflattenResult {
  /** The event the row describes, to be checked with `registry.parseEvent`. */
  readonly event: Record<string, unknown>;
  /** Columns the layout does not know, for the caller to report or keep. */
  readonly unknownColumns: readonly string[];
}

const numberOrText = (cell: string): number | string => {
  const n = Number(cell);
  return cell.trim() !== "" && Number.isFinite(n) ? n : cell;
};
const booleanOrText = (cell: string): boolean | string => (cell === "true" ? true : cell === "false" ? false : cell);

/** Items of positional list cells, undefined where empty, padded to the longest column. */
const columnsOfItems = (cells: string[]) => {
  const lists = cells.map(splitCell);
  const length = Math.max(0, ...lists.map((l) => l.length));
  return Array.from({ length }, (_, i) => lists.map((l) => (l[i] === undefined || l[i] === "" ? undefined : l[i])));
};

/** Drops undefined values, so absent fields stay absent. */
const compact = <T extends Record<string, unknown>>(object: T): Partial<T> =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
const nonEmpty = (object: Record<string, unknown>) => (Object.keys(object).length === 0 ? undefined : object);

/**
 * Rebuilds an event from a flat row. Cells are decoded by column (numbers, lists, JSON); type-specific cells by
 * the field's schema in the registry. Nothing is validated here: pass the result to `registry.parseEvent`.
 */
export const unflattenRow = (input: FlatInput, registry: Registry): UnflattenResult => {
  const cell = (column: string): string => {
    const value = input[column];
    return value === undefined || value === null ? "" : String(value);
  };
  const text = (column: string) => cell(column) || undefined;
  const number = (column: string) => (cell(column) === "" ? undefined : numberOrText(cell(column)));
  const list = (column: string) => (cell(column) === "" ? undefined : splitCell(cell(column)));

  const type = cell("type");
  const event: Record<string, unknown> = { id: text("id"), type: text("type") };

  event.date = text("date") ?? dateFromBounds(cell("date_start"), cell("date_end"));
  event.initiator = text("initiator") ?? text("initiator_country");
  event.target = text("target") ?? text("target_country");
  event.count = number("count");
  event.countQualifier = text("count_qualifier");
  event.location = nonEmpty(
    compact({
      name: text("location"),
      city: text("city"),
      admin1: text("admin1"),
      country: text("country"),
      lat: number("lat"),
      lon: number("lon"),
      precision: text("geo_precision"),
      geonameId: number("geoname_id"),
      featureId: text("feature_id"),
    }),
  );
  const participants = text("participants");
  event.participants =
    participants !== undefined
      ? decodeJsonCell(participants)
      : list("persons")?.map((name) => ({ name, role: "other" }));
  const status = text("attribution");
  const by = list("attribution_by");
  const note = text("attribution_note");
  event.attribution = (status ?? by ?? note) ? compact({ status, by, note }) : undefined;
  event.confidence = number("confidence");
  event.summary = text("summary");

  const citations = columnsOfItems(
    [
      "source_titles",
      "source_urls",
      "source_published",
      "evidence",
      "source_ids",
      "source_publishers",
      "source_languages",
      "source_authors",
      "evidence_texts",
    ].map(cell),
  ).map(([title, url, published, span, source, publisher, language, author, evidenceText]) =>
    compact({ source, publisher, title, url, published, language, author, evidence: evidenceOf(span, evidenceText) }),
  );
  event.sources = citations.length ? citations : undefined;

  const relationItems = list("relations") ?? [];
  const notes = splitCell(cell("relation_notes"));
  event.relations = relationItems.length
    ? relationItems.map((item, i) => {
        const colon = item.indexOf(":");
        return compact({
          kind: colon < 0 ? item : item.slice(0, colon),
          event: colon < 0 ? "" : item.slice(colon + 1),
          note: notes[i] || undefined,
        });
      })
    : undefined;
  event.tags = list("tags");

  const definition = registry.has(type) ? registry.types[type] : undefined;
  const shape = definition?.schema.shape as Record<string, z.ZodType> | undefined;
  const fieldColumns = new Map((definition?.fields ?? []).map((f) => [typeFieldColumn(type, f), f]));
  const known = new Set<string>(COMMON_COLUMNS);
  // Maps, then Object.fromEntries: a column named ext.__proto__.x must become data, never a prototype.
  const ext = new Map<string, Map<string, unknown>>();
  const unknownColumns: string[] = [];
  for (const column of Object.keys(input)) {
    if (known.has(column) || cell(column) === "") continue;
    const field = fieldColumns.get(column);
    if (field !== undefined) {
      const raw = cell(column);
      const kind = fieldKind(shape?.[field]);
      event[field] =
        kind === "number"
          ? numberOrText(raw)
          : kind === "boolean"
            ? booleanOrText(raw)
            : kind === "list"
              ? splitCell(raw)
              : kind === "json"
                ? decodeJsonCell(raw)
                : raw;
    } else if (column.startsWith("ext.") && column.lastIndexOf(".") > 3) {
      const dot = column.lastIndexOf(".");
      const namespace = column.slice(4, dot);
      const fields = ext.get(namespace) ?? new Map<string, unknown>();
      fields.set(unescapeKey(column.slice(dot + 1)), decodeJsonCell(cell(column)));
      ext.set(namespace, fields);
    } else {
      unknownColumns.push(column);
    }
  }
  event.ext = ext.size
    ? Object.fromEntries([...ext].map(([ns, fields]) => [ns, Object.fromEntries(fields)]))
    : undefined;
  return { event: compact(event), unknownColumns };
};

const evidenceOf = (span: string | undefined, text: string | undefined) => {
  if (span === undefined && text === undefined) return undefined;
  const match = span === undefined ? null : /^(\d+)-(\d+)$/.exec(span);
  const [start, end] = match ? [Number(match[1]), Number(match[2])] : [span, span];
  return compact({ start, end, text });
};

/** A user's sheet may give only first and last days: they make an interval at day precision. */
const dateFromBounds = (start: string, end: string): string | undefined => {
  if (start === "" && end === "") return undefined;
  return start === end ? start : `${start}/${end}`;
};
