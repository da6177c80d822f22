import {
  type Diagnostic,
  type EventBase,
  formatPath,
  type Registry,
  type RuleIssue,
  zodIssuesToDiagnostics,
} from "@tradecraft/core";
import type { z } from "zod";
import type { RuleInfo } from "./catalog";

/**
 * The shape check runs the registry's schemas, so whatever a schema can say is said once, there: dates are valid
 * EDTF and real calendar days with ordered interval ends, country codes exist, coordinates and counts are in
 * range. Every other rule runs only on events that pass it, and so can trust the fields' types.
 */
export const SHAPE_RULE = {
  id: "shape.schema",
  scope: "event",
  severity: "error",
  description:
    "Each event matches its registered type's schema: valid EDTF dates that exist in the calendar, interval ends in order, known country codes, coordinates in range, counts that are non-negative integers. A dataset's meta, entities and sources match theirs. Only events that pass run through the other rules.",
  hint: "The JSON Schema (@tradecraft/core/schema/tradecraft.schema.json) lists every field of every event type.",
} as const satisfies RuleInfo;

/** A diagnostic as an issue: the path goes in `path`, so the message no longer repeats it. */
const toIssue = (diagnostic: Diagnostic, prefix: readonly (string | number)[]): RuleIssue => {
  const path = diagnostic.path ?? [];
  const lead = `${formatPath(path)}: `;
  const message =
    path.length > 0 && diagnostic.message.startsWith(lead) ? diagnostic.message.slice(lead.length) : diagnostic.message;
  return { message, ...(diagnostic.hint === undefined ? {} : { hint: diagnostic.hint }), path: [...prefix, ...path] };
};

export type ShapeResult = { success: true; event: EventBase } | { success: false; issues: RuleIssue[] };

/** Checks one input record as an event of the registry; issue paths are relative to the event. */
export const checkEventShape = (registry: Registry, input: unknown): ShapeResult => {
  const result = registry.parseEvent(input);
  return result.success
    ? { success: true, event: result.event as EventBase }
    : { success: false, issues: result.diagnostics.map((diagnostic) => toIssue(diagnostic, [])) };
};

/** Checks one record of a dataset (its meta; an entity); issue paths start at the dataset. */
export const checkRecord = <S extends z.ZodType>(
  schema: S,
  record: unknown,
  path: readonly (string | number)[],
): { valid: z.output<S> | undefined; issues: RuleIssue[] } => {
  if (record === undefined) return { valid: undefined, issues: [] };
  const result = schema.safeParse(record);
  return result.success
    ? { valid: result.data, issues: [] }
    : {
        valid: undefined,
        issues: zodIssuesToDiagnostics(result.error, "TC_RECORD_INVALID").map((diagnostic) =>
          toIssue(diagnostic, path),
        ),
      };
};

/** Checks a dataset's records of one kind (entities, sources), keeping the valid ones. */
export const checkRecords = <S extends z.ZodType>(
  schema: S,
  records: readonly unknown[] | undefined,
  key: string,
): { valid: z.output<S>[]; issues: RuleIssue[] } => {
  const checked = (records ?? []).map((record, i) => checkRecord(schema, record, [key, i]));
  return {
    valid: checked.flatMap(({ valid }) => (valid === undefined ? [] : [valid])),
    issues: checked.flatMap(({ issues }) => issues),
  };
};
