export { normalizeCountry } from "./countries";
export { type CountReading, normalizeCount } from "./counts";
export { type DateOrder, normalizeDate } from "./dates";
export { type CellReading, type NormalizeContext, normalizeCell, type Reading } from "./normalize";
export { type CsvParseOptions, CsvParseOptionsSchema, type CsvParseSettings, readParseOptions } from "./options";
export { csvParser, parseCsv } from "./parser";
export { type CsvRecord, type RecordOptions, readRecords } from "./records";
