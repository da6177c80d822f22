export { type ColumnPlan, planColumns } from "./columns";
export { csvExporter, type Events, formatCsv, toCsvString } from "./format";
export {
  type CsvExportContext,
  type CsvExportOptions,
  CsvExportOptionsSchema,
  type CsvExportSettings,
  readExportOptions,
} from "./options";
export { cellWriter } from "./rfc4180";
