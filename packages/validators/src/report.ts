import { type Severity, SeveritySchema } from "@tradecraft/core";
import { z } from "zod";
import { RuleSettingSchema } from "./config";
import { ReciprocitySchema } from "./reciprocity";

/**
 * The report: every issue with its rule, severity, event and path; counts by severity and by rule; what did not
 * run and why; the reciprocity summary. A zod schema, so the JSON form can be read back and checked.
 */

export const ReportIssueSchema = z.strictObject({
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  hint: z.string().optional(),
  eventId: z.string().optional(),
  /** The event's position in the input (0-based, counting records that failed the shape check). */
  record: z.int().nonnegative().optional(),
  /** From the dataset's root: `["events", 12, "location", "lat"]` reads `events[12].location.lat`. */
  path: z.array(z.union([z.string(), z.int()])).optional(),
});
export type ReportIssue = z.infer<typeof ReportIssueSchema>;

export const ReportNoteSchema = z.strictObject({
  rule: z.string(),
  message: z.string(),
});
export type ReportNote = z.infer<typeof ReportNoteSchema>;

const CountsSchema = z.strictObject({
  error: z.int().nonnegative(),
  warning: z.int().nonnegative(),
  info: z.int().nonnegative(),
});

export const ReportSchema = z.strictObject({
  /** Input records read. */
  records: z.int().nonnegative(),
  /** Records that passed the shape check and went through the other rules. */
  events: z.int().nonnegative(),
  /** True when any issue is an error: what a command line turns into its exit code. */
  hasErrors: z.boolean(),
  /** Issues found, by severity (including those beyond maxIssues). */
  counts: CountsSchema,
  /** Issues found, by rule, with every rule that ran (0 when it found nothing). */
  byRule: z.record(z.string(), z.int().nonnegative()),
  /** The setting each known rule ran with. */
  rules: z.record(z.string(), RuleSettingSchema),
  /** The issues, in input order, those that concern no single event last. */
  issues: z.array(ReportIssueSchema),
  /** Issues found but not kept, beyond maxIssues. */
  omitted: z.int().nonnegative(),
  /** Rules that did not run, and why (no gazetteer, no dataset). */
  notes: z.array(ReportNoteSchema),
  reciprocity: ReciprocitySchema.optional(),
});
export type Report = z.infer<typeof ReportSchema>;

/** Gathers issues as the validator finds them, and counts even those it does not keep. */
export class ReportCollector {
  readonly #issues: ReportIssue[] = [];
  readonly #counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  readonly #byRule: Record<string, number>;
  readonly #notes: readonly ReportNote[];
  readonly #maxIssues: number;
  #omitted = 0;

  /** `ruleIds`: the rules that run (each counted from 0); `notes`: those that do not, and why. */
  constructor(ruleIds: readonly string[], maxIssues: number, notes: readonly ReportNote[] = []) {
    this.#byRule = Object.fromEntries(ruleIds.map((id) => [id, 0]));
    this.#maxIssues = maxIssues;
    this.#notes = notes;
  }

  add(issue: ReportIssue): void {
    this.#counts[issue.severity]++;
    this.#byRule[issue.rule] = (this.#byRule[issue.rule] ?? 0) + 1;
    if (this.#issues.length < this.#maxIssues) this.#issues.push(issue);
    else this.#omitted++;
  }

  build(
    fields: Pick<Report, "records" | "events" | "rules"> & { reciprocity: Report["reciprocity"] | undefined },
  ): Report {
    const unplaced = Number.POSITIVE_INFINITY;
    const issues = this.#issues
      .map((issue, order) => ({ issue, order }))
      .sort((a, b) => (a.issue.record ?? unplaced) - (b.issue.record ?? unplaced) || a.order - b.order)
      .map(({ issue }) => issue);
    const { reciprocity, ...rest } = fields;
    return {
      ...rest,
      hasErrors: this.#counts.error > 0,
      counts: { ...this.#counts },
      byRule: { ...this.#byRule },
      issues,
      omitted: this.#omitted,
      notes: [...this.#notes],
      ...(reciprocity === undefined ? {} : { reciprocity }),
    };
  }
}
