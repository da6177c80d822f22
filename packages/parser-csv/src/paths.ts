import { DETAIL_COLUMNS, extColumn, type Registry, STANDARD_COLUMNS, typeFieldColumn } from "@tradecraft/core";

/**
 * Where each common field of the model sits in the flat layout: used both ways, to read a mapping target written
 * as a model path (`location.city` -> `city`) and to point a schema problem at the CSV column it came from.
 */
const COLUMN_OF_PATH: ReadonlyMap<string, string> = new Map([
  ["id", "id"],
  ["type", "type"],
  ["date", "date"],
  ["initiator", "initiator"],
  ["target", "target"],
  ["count", "count"],
  ["countQualifier", "count_qualifier"],
  ["location", "location"],
  ["location.name", "location"],
  ["location.city", "city"],
  ["location.admin1", "admin1"],
  ["location.country", "country"],
  ["location.lat", "lat"],
  ["location.lon", "lon"],
  ["location.precision", "geo_precision"],
  ["location.geonameId", "geoname_id"],
  ["location.featureId", "feature_id"],
  ["participants", "participants"],
  ["attribution", "attribution"],
  ["attribution.status", "attribution"],
  ["attribution.by", "attribution_by"],
  ["attribution.note", "attribution_note"],
  ["confidence", "confidence"],
  ["summary", "summary"],
  ["sources", "source_titles"],
  ["sources.title", "source_titles"],
  ["sources.url", "source_urls"],
  ["sources.published", "source_published"],
  ["sources.evidence", "evidence"],
  ["sources.evidence.text", "evidence_texts"],
  ["sources.source", "source_ids"],
  ["sources.publisher", "source_publishers"],
  ["sources.language", "source_languages"],
  ["sources.author", "source_authors"],
  ["relations", "relations"],
  ["relations.note", "relation_notes"],
  ["tags", "tags"],
]);

/**
 * Where to point a problem with a field whose own column the sheet lacks: the column it was read from instead
 * (`unflattenRow` builds `date` from `date_start`, `initiator` from `initiator_country` ...; a hedged count sets
 * `countQualifier` from the count's cell).
 */
export const NEAREST_COLUMN: ReadonlyMap<string, string> = new Map([
  ["date", "date_start"],
  ["initiator", "initiator_country"],
  ["target", "target_country"],
  ["participants", "persons"],
  ["count_qualifier", "count"],
]);

const LAYOUT_COLUMNS: ReadonlySet<string> = new Set([...STANDARD_COLUMNS, ...DETAIL_COLUMNS]);

const isExtColumn = (column: string) => column.startsWith("ext.") && column.lastIndexOf(".") > 4;

/** True for a column of the flat layout: standard, detail, a registered type's own, or `ext.<namespace>.<field>`. */
export const isLayoutColumn = (column: string, registry: Registry): boolean =>
  LAYOUT_COLUMNS.has(column) ||
  isExtColumn(column) ||
  Object.values(registry.types).some((d) => d.fields.some((f) => typeFieldColumn(d.type, f) === column));

/** The column a mapping target names: a layout column as it is, a model path or type field translated, or undefined. */
export const columnOfTarget = (target: string, registry: Registry): string | undefined => {
  if (isLayoutColumn(target, registry)) return target;
  const common = COLUMN_OF_PATH.get(target);
  if (common !== undefined) return common;
  const definition = Object.values(registry.types).find((d) => d.fields.includes(target));
  return definition === undefined ? undefined : typeFieldColumn(definition.type, target);
};

/** The column a schema problem's path points at (`["location", "lat"]` -> `lat`, `["sources", 1, "url"]` -> `source_urls`). */
export const columnOfPath = (path: readonly (string | number)[], type: string): string | undefined => {
  const keys = path.filter((k): k is string => typeof k === "string");
  if (keys[0] === "ext") return keys.length >= 3 ? extColumn(keys[1] as string, keys[2] as string) : undefined;
  for (let length = keys.length; length > 0; length--) {
    const column = COLUMN_OF_PATH.get(keys.slice(0, length).join("."));
    if (column !== undefined) return column;
  }
  return keys[0] === undefined ? undefined : typeFieldColumn(type, keys[0]);
};
