export { decodeJsonCell, encodeJsonCell, joinCell, protectFormula, splitCell, unprotectFormula } from "./cells";
export {
  type Country,
  countryName,
  isCountryCode,
  listCountries,
  lookupCountry,
  toAlpha2,
  toAlpha3,
} from "./countries";
export { type ReadDatasetResult, readDataset, writeDataset } from "./dataset-json";
export {
  compareDates,
  type DatePoint,
  type DatePrecision,
  dateFromParts,
  datePrecision,
  earliest,
  formatDate,
  type IntervalEnd,
  isValidDate,
  latest,
  type PartialDate,
  parseDate,
  relateDates,
  safeParseDate,
  toIsoDay,
} from "./dates";
export {
  type Diagnostic,
  DiagnosticSchema,
  excerpt,
  formatPath,
  type Position,
  PositionSchema,
  type Severity,
  SeveritySchema,
  TradecraftError,
} from "./diagnostics";
export {
  DERIVED_COLUMNS,
  DETAIL_COLUMNS,
  extColumn,
  extColumnsOf,
  type FlatInput,
  type FlatRow,
  type FlattenContext,
  type FlatValue,
  flatColumns,
  flattenEvent,
  STANDARD_COLUMNS,
  typeColumns,
  typeFieldColumn,
  type UnflattenResult,
  unflattenRow,
} from "./flat";
export type { Gazetteer, GeoPrecision, PlaceMatch, PlaceQuery } from "./gazetteer";
export { EDTF_PATTERN, JSON_SCHEMA_ID, toJsonSchema } from "./json-schema";
export { MAX_NESTING_DEPTH } from "./json-text";
export { DEFAULT_MAX_LINE_LENGTH, type Line, type LineOptions, readLines, textChunks } from "./lines";
export * from "./model/common";
export * from "./model/dataset";
export * from "./model/entities";
export * from "./model/event";
export * from "./model/event-types";
export { formatNdjson, ndjsonExporter, ndjsonParser, parseNdjson } from "./ndjson";
export { mergeDiagnostics, parseWith } from "./parse";
export {
  type DatasetRule,
  defineExporter,
  defineParser,
  definePlugin,
  defineRule,
  type EventRule,
  type Exporter,
  type ExporterContext,
  type ParsedItem,
  type ParseRecord,
  type Parser,
  type ParserContext,
  type ParserInput,
  type Plugin,
  type Rule,
  type RuleContext,
  type RuleIssue,
} from "./plugins";
export {
  defineEventType,
  type EventOf,
  type EventParseResult,
  type EventTypeDefinition,
  type Merge,
  Registry,
  type RegistryEvent,
  type RegistryEventOf,
  type TypeMap,
  type TypesOf,
  widenEventType,
  zodIssuesToDiagnostics,
} from "./registry";
