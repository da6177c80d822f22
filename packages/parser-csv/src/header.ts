import { type Diagnostic, extColumn, type Registry, unprotectFormula } from "@tradecraft/core";
import type { CsvParseSettings } from "./options";
import { columnOfTarget, isLayoutColumn } from "./paths";

/** How the fields of every row are read, decided once from the header. */
export interface HeaderPlan {
  /** The header's names, as written. */
  readonly names: readonly string[];
  /** The flat-layout column each field goes to; undefined for a field left out (mapped to null, repeated, reserved). */
  readonly targets: readonly (string | undefined)[];
  /** Fields kept under `ext` because the layout has no column for them: their cells are the user's text, kept as text. */
  readonly kept: readonly boolean[];
  /** The field that fills each column. */
  readonly fieldOf: ReadonlyMap<string, number>;
  /** Set when the sheet has no id column: ids are made from line numbers. */
  readonly generateIds: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** Names that must never become object keys (they would reach a prototype). */
const RESERVED: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const quoteList = (names: readonly string[]) => names.map((n) => `'${n}'`).join(", ");

/**
 * Reads the header. Each field goes to the column the mapping names, else to the layout column of its own name,
 * else to `ext.<namespace>.<name>`; nothing is dropped without a diagnostic saying so.
 */
export const planHeader = (
  fields: readonly string[],
  line: number,
  settings: CsvParseSettings & { unprotect: boolean },
  registry: Registry,
): HeaderPlan => {
  const mapping = settings.mapping;
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic["severity"], code: string, message: string, hint: string, column?: number) =>
    diagnostics.push({ code, severity, message, hint, position: column === undefined ? { line } : { line, column } });

  const names = fields.map((f) => (settings.unprotect ? unprotectFormula(f) : f));
  const targets: (string | undefined)[] = [];
  const kept: boolean[] = [];
  const fieldOf = new Map<string, number>();
  const extended: string[] = [];
  names.forEach((name, i) => {
    const key = mapping?.has(name) ? name : name.trim();
    const wanted = mapping?.get(key);
    let target: string | undefined;
    if (wanted !== undefined && wanted !== null) {
      target = columnOfTarget(wanted, registry);
      if (target === undefined) {
        report(
          "error",
          "TC_CSV_MAPPING_TARGET",
          `the mapping sends column '${name}' to '${wanted}', which is neither a column of the layout nor a field of the model`,
          "Map to a layout column (initiator, date, count, city, persona_non_grata, ext.<namespace>.<field>) or a model path (location.city, countQualifier); the column's cells are kept under ext meanwhile.",
          i + 1,
        );
      }
    } else if (wanted === undefined && isLayoutColumn(name, registry)) {
      target = name;
    }
    let keep = false;
    if (target === undefined && wanted !== null) {
      const field = key === "" ? `column_${i + 1}` : key;
      if (RESERVED.has(field)) {
        report(
          "warning",
          "TC_CSV_RESERVED_COLUMN",
          `column '${name}' is not read: its name cannot be an ext field`,
          `Rename the column, or map it: mapping: new Map([["${name}", "ext.${settings.namespace}.other_name"]]).`,
          i + 1,
        );
      } else {
        target = extColumn(settings.namespace, field);
        keep = true;
        extended.push(name);
      }
    }
    const earlier = target === undefined ? undefined : fieldOf.get(target);
    if (target !== undefined && earlier !== undefined) {
      report(
        "error",
        "TC_CSV_DUPLICATE_COLUMN",
        `column ${i + 1} '${name}' fills '${target}' as column ${earlier + 1} '${names[earlier]}' does: its cells are not read`,
        "Give every column its own name, or map one of them elsewhere (or to null to leave it out).",
        i + 1,
      );
      target = undefined;
    }
    if (target !== undefined) fieldOf.set(target, i);
    targets.push(target);
    kept.push(keep);
  });

  if (extended.length > 0) {
    report(
      mapping === undefined ? "warning" : "info",
      "TC_CSV_EXT_COLUMNS",
      `column${extended.length > 1 ? "s" : ""} ${quoteList(extended)} ${extended.length > 1 ? "are" : "is"} ${mapping === undefined ? "not in the Tradecraft layout" : "not mapped"}: kept as ext.${settings.namespace}.<column>`,
      "Map them to layout columns to read them as fields, or to null to leave them out.",
    );
  }
  for (const [name, wanted] of mapping ?? []) {
    if (wanted !== null && !names.includes(name) && !names.some((n) => n.trim() === name)) {
      report(
        "warning",
        "TC_CSV_MAPPED_COLUMN_MISSING",
        `the mapping names column '${name}', which the header does not have`,
        `The header has ${quoteList(names)}; check the spelling.`,
      );
    }
  }
  const generateIds = !fieldOf.has("id");
  if (generateIds) {
    report(
      mapping === undefined ? "warning" : "info",
      "TC_CSV_NO_ID_COLUMN",
      `no id column: each event's id is '${settings.idPrefix}' and its line number`,
      "Add or map an id column for ids that survive edits to the sheet.",
    );
  }
  if (!fieldOf.has("type") && settings.type === undefined) {
    report(
      "error",
      "TC_CSV_NO_TYPE_COLUMN",
      "no type column, and no type option: no row can say what kind of event it is",
      `Add a type column, map one, or pass the type of every row: type: "expulsion". Types: ${registry.typeNames.join(", ")}.`,
    );
  }
  return { names, targets, kept, fieldOf, generateIds, diagnostics };
};
