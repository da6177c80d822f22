import type { DatasetRule, EventBase, EventRule, Rule, RuleContext, RuleIssue } from "@tradecraft/core";
import { type EventIndex, EventTable } from "./event-index";

/**
 * What a rule needs beyond the events: a gazetteer (point in country, centroids), or a dataset's entities and
 * sources (reference resolution). Without it the validator does not run the rule and says so in the report.
 */
export type Requirement = "gazetteer" | "dataset";

export interface RuleNeeds {
  readonly requires?: readonly Requirement[];
}

/** Any rule the validator runs: core's event and dataset rules, optionally saying what they need. */
export type ValidatorRule = Rule & RuleNeeds;
export type ValidatorEventRule = EventRule & RuleNeeds;

export interface StreamingContext extends RuleContext {
  /** Every event seen so far: ids, input positions and date bounds. */
  readonly index: EventIndex;
}

/** One pass of a streaming rule over the events. */
export interface RuleRun {
  /** Sees each valid event as it arrives; issues returned here belong to that event. */
  observe?(event: EventBase, ordinal: number): Iterable<RuleIssue> | undefined;
  /** Called once after the last event; issues name their event with `eventId` (or none, for the dataset). */
  finish?(): Iterable<RuleIssue>;
}

/**
 * A dataset-scope rule that sees events one at a time and keeps only what it needs (ids, dates, blocking
 * keys), so it runs over a stream of millions of events. It is a core `DatasetRule` too: its `check` runs the
 * same pass over a dataset held in memory, so any tool that takes core rules can run it.
 */
export interface StreamingRule extends DatasetRule, RuleNeeds {
  start(context: StreamingContext): RuleRun;
}

export const defineStreamingRule = (definition: Omit<StreamingRule, "scope" | "check">): StreamingRule => ({
  ...definition,
  scope: "dataset",
  check(dataset, context) {
    const index = new EventTable();
    const run = definition.start({ ...context, dataset, index });
    const issues: RuleIssue[] = [];
    for (const [record, event] of dataset.events.entries()) {
      // Issues from observe belong to the event observed: say which, as the validator does.
      for (const issue of run.observe?.(event, index.add(event, record)) ?? [])
        issues.push({ eventId: event.id, ...issue });
    }
    issues.push(...(run.finish?.() ?? []));
    return issues;
  },
});

export const isStreamingRule = (rule: Rule): rule is StreamingRule =>
  rule.scope === "dataset" && typeof (rule as Partial<StreamingRule>).start === "function";
