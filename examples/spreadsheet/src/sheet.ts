import { coreRegistry, type EventBase } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { type CsvParseOptions, parseCsv } from "@tradecraft/parser-csv";
import { validate } from "@tradecraft/validators";

/** One finding, from reading the sheet or from validating its events, at its place in the sheet. */
export interface Finding {
  readonly severity: "error" | "warning" | "info";
  readonly code: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly message: string;
  readonly hint?: string | undefined;
}

export interface SheetResult {
  readonly events: readonly EventBase[];
  readonly findings: readonly Finding[];
}

/**
 * Reads a user's sheet through a mapping (the JSON file holds parser-csv's options: `mapping`, `type`, `dateOrder`
 * ...), then validates the events with every rule. Validation issues are put back at the line of their row.
 */
export const readSheet = async (
  sheet: string | Uint8Array,
  options: CsvParseOptions,
  now?: Date,
): Promise<SheetResult> => {
  const events: EventBase[] = [];
  const lines: number[] = [];
  const findings: Finding[] = [];
  for await (const record of parseCsv(sheet, { ...options, registry: coreRegistry, gazetteer })) {
    if (record.kind === "event") {
      events.push(record.event);
      lines.push(record.position.line ?? 0);
    } else if (record.kind === "diagnostic") {
      const { severity, code, position, message, hint } = record.diagnostic;
      findings.push({ severity, code, line: position?.line, column: position?.column, message, hint });
    }
  }
  const report = await validate(events, { registry: coreRegistry, gazetteer, ...(now ? { now } : {}) });
  for (const issue of report.issues) {
    const line = issue.record === undefined ? undefined : lines[issue.record];
    findings.push({ severity: issue.severity, code: issue.rule, line, message: issue.message, hint: issue.hint });
  }
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { events, findings };
};

export const formatFinding = ({ severity, code, line, column, message, hint }: Finding): string => {
  const at = line === undefined ? "" : ` line ${line}${column === undefined ? "" : `, column ${column}`}`;
  return `${severity} ${code}${at}: ${message}${hint ? `\n    hint: ${hint}` : ""}`;
};
