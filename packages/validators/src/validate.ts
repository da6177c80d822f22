import {
  type Dataset,
  DatasetMetaSchema,
  EntitySchema,
  type EventBase,
  type RuleContext,
  type RuleIssue,
  type Severity,
  SourceSchema,
  TradecraftError,
} from "@tradecraft/core";
import type { RuleInfo } from "./catalog";
import { type Plan, planRules, type ValidateOptions } from "./config";
import { EventTable } from "./event-index";
import { ReciprocityTracker } from "./reciprocity";
import { type Report, ReportCollector, type ReportIssue, type ReportNote } from "./report";
import { checkEventShape, checkRecord, checkRecords, SHAPE_RULE } from "./shape";
import { isStreamingRule, type RuleRun, type ValidatorRule } from "./streaming";

/** A dataset as read from JSON, or core's `Dataset` (from `readDataset`): its records are checked here. */
export interface DatasetInput {
  readonly meta?: unknown;
  readonly events: readonly unknown[];
  readonly entities?: readonly unknown[] | undefined;
  readonly sources?: readonly unknown[] | undefined;
}

/** A dataset, or events one by one (an array, a generator, a stream of parsed NDJSON lines). */
export type ValidateInput = DatasetInput | Iterable<unknown> | AsyncIterable<unknown>;

/** Tells a dataset from a stream of events, and refuses what is neither (NDJSON text, most often). */
const isDatasetInput = (input: ValidateInput): input is DatasetInput => {
  if (typeof input !== "object" || input === null) {
    throw new TradecraftError({
      code: "TC_VALIDATE_INPUT",
      message: `validate takes a dataset or events, not ${input === null ? "null" : `a ${typeof input}`}`,
      hint: "Read NDJSON text with parseNdjson, and a JSON dataset with readDataset (@tradecraft/core), then validate what they give.",
    });
  }
  return (
    !(Symbol.iterator in input) && !(Symbol.asyncIterator in input) && Array.isArray((input as DatasetInput).events)
  );
};

/** Where an issue sits: its event and input record, when it concerns one event. */
interface Site {
  readonly eventId?: string | undefined;
  readonly record?: number | undefined;
}

/** An issue as the report keeps it: the rule's hint when the issue has none, its path from the dataset's root. */
const toReportIssue = (issue: RuleIssue, rule: RuleInfo, severity: Severity, site: Site): ReportIssue => {
  const hint = issue.hint ?? rule.hint;
  const eventId = issue.eventId ?? site.eventId;
  const record = site.record;
  const path = record === undefined ? issue.path : ["events", record, ...(issue.path ?? [])];
  return {
    rule: rule.id,
    severity: issue.severity ?? severity,
    message: issue.message,
    ...(hint === undefined ? {} : { hint }),
    ...(eventId === undefined ? {} : { eventId }),
    ...(record === undefined ? {} : { record }),
    ...(path === undefined ? {} : { path: [...path] }),
  };
};

const rawId = (input: unknown): string | undefined => {
  const id = typeof input === "object" && input !== null ? (input as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
};

const NOT_RUN: Readonly<Record<"gazetteer" | "dataset", string>> = {
  gazetteer:
    "did not run: no gazetteer was given (pass options.gazetteer, such as the one @tradecraft/gazetteer makes)",
  dataset:
    "did not run: it needs the dataset's entities and sources, and the input is a stream of events (validate a dataset to run it)",
};

/** A crash inside a rule, named: it is a bug in the rule, not a problem of the data. */
const ruleFailed = (rule: ValidatorRule, error: unknown, eventId: string | undefined) =>
  new TradecraftError({
    code: "TC_VALIDATE_RULE_FAILED",
    message: `rule '${rule.id}' failed${eventId === undefined ? "" : ` on event '${eventId}'`}: ${(error as Error).message}`,
    hint: "This is a bug in the rule, not in the data: report it to the rule's author, or turn the rule off.",
  });

type Sink = (issue: RuleIssue) => void;

/** Passes one event's issues on; synchronous, so the per-event loop waits on no promise it has no need of. */
const drainEvent = (
  rule: ValidatorRule,
  eventId: string,
  issues: () => Iterable<RuleIssue> | undefined,
  sink: Sink,
) => {
  try {
    for (const issue of issues() ?? []) sink(issue);
  } catch (error) {
    throw ruleFailed(rule, error, eventId);
  }
};

/** Passes a dataset-scope rule's closing issues on (a core dataset rule may yield them asynchronously). */
const drainDataset = async (
  rule: ValidatorRule,
  issues: () => Iterable<RuleIssue> | AsyncIterable<RuleIssue> | undefined,
  sink: Sink,
) => {
  try {
    for await (const issue of issues() ?? []) sink(issue);
  } catch (error) {
    throw ruleFailed(rule, error, undefined);
  }
};

/**
 * Checks a dataset or a stream of events and reports what does not make sense. Event rules run as events
 * arrive; dataset rules keep compact state (ids, dates, blocking keys) and report at the end. Records that fail
 * the shape check are reported and left out of the other rules. Throws a `TradecraftError` only for a mistake
 * in the options (an unknown rule id, a bad severity) or a rule that crashes.
 */
export const validate = async (input: ValidateInput, options: ValidateOptions = {}): Promise<Report> => {
  const plan: Plan = planRules(options);
  const { registry } = plan;
  const shapeSeverity = plan.shape === "off" ? undefined : plan.shape;

  // A dataset's own records: checked first, so rules resolve references only against valid ones.
  const datasetInput = isDatasetInput(input) ? input : undefined;
  const events: EventBase[] = [];
  const recordIssues: RuleIssue[] = [];
  let dataset: Dataset | undefined;
  if (datasetInput !== undefined) {
    const meta = checkRecord(DatasetMetaSchema, datasetInput.meta, ["meta"]);
    const entities = checkRecords(EntitySchema, datasetInput.entities, "entities");
    const sources = checkRecords(SourceSchema, datasetInput.sources, "sources");
    recordIssues.push(...meta.issues, ...entities.issues, ...sources.issues);
    dataset = {
      ...(meta.valid === undefined ? {} : { meta: meta.valid }),
      entities: entities.valid,
      sources: sources.valid,
      events,
    };
  }

  const context: RuleContext = {
    registry,
    now: options.now ?? new Date(),
    ...(options.gazetteer === undefined ? {} : { gazetteer: options.gazetteer }),
    ...(dataset === undefined ? {} : { dataset }),
  };
  const notes: ReportNote[] = [];
  const runnable = plan.rules.filter(({ rule }) => {
    const missing = (rule.requires ?? []).find((need) => (need === "gazetteer" ? !context.gazetteer : !dataset));
    if (missing !== undefined) notes.push({ rule: rule.id, message: NOT_RUN[missing] });
    return missing === undefined;
  });
  const collector = new ReportCollector(
    [...(shapeSeverity === undefined ? [] : [SHAPE_RULE.id]), ...runnable.map(({ rule }) => rule.id)],
    plan.config.maxIssues,
    notes,
  );
  const add = (issue: RuleIssue, rule: RuleInfo, severity: Severity, site: Site = {}) =>
    collector.add(toReportIssue(issue, rule, severity, site));
  if (shapeSeverity !== undefined) for (const issue of recordIssues) add(issue, SHAPE_RULE, shapeSeverity);
  const severityOf = (rule: ValidatorRule, configured: Severity | undefined) => configured ?? rule.severity;

  const index = new EventTable();
  const eventRules = runnable.flatMap(({ rule, severity }) =>
    rule.scope === "event" ? [{ rule, severity: severityOf(rule, severity) }] : [],
  );
  const runs: { rule: ValidatorRule; severity: Severity; run: RuleRun }[] = runnable.flatMap(({ rule, severity }) =>
    isStreamingRule(rule)
      ? [{ rule, severity: severityOf(rule, severity), run: rule.start({ ...context, index }) }]
      : [],
  );
  const wholeDatasetRules = runnable.flatMap(({ rule, severity }) =>
    rule.scope === "dataset" && !isStreamingRule(rule) ? [{ rule, severity: severityOf(rule, severity) }] : [],
  );
  // A core dataset rule needs every event at once: on a stream, the valid events are kept for it alone.
  const keepEvents = dataset !== undefined || wholeDatasetRules.length > 0;
  const reciprocity =
    plan.config.reciprocity === false ? undefined : new ReciprocityTracker(index, plan.config.reciprocity, dataset);

  let records = 0;
  for await (const raw of datasetInput?.events ?? (input as Iterable<unknown> | AsyncIterable<unknown>)) {
    const record = records++;
    let event: EventBase;
    if (shapeSeverity === undefined) {
      event = raw as EventBase;
    } else {
      const shape = checkEventShape(registry, raw);
      if (!shape.success) {
        const site = { eventId: rawId(raw), record };
        for (const issue of shape.issues) add(issue, SHAPE_RULE, shapeSeverity, site);
        continue;
      }
      event = shape.event;
    }
    const ordinal = index.add(event, record);
    const site = { eventId: event.id, record };
    for (const { rule, severity } of eventRules) {
      drainEvent(
        rule,
        event.id,
        () => rule.check(event, context),
        (issue) => add(issue, rule, severity, site),
      );
    }
    for (const { rule, severity, run } of runs) {
      drainEvent(
        rule,
        event.id,
        () => run.observe?.(event, ordinal),
        (issue) => add(issue, rule, severity, site),
      );
    }
    reciprocity?.observe(event, ordinal);
    if (keepEvents) events.push(event);
  }

  // Issues found at the end name their event; it is placed at that id's first record.
  const placeById = (issue: RuleIssue): Site => {
    const ordinal = issue.eventId === undefined ? undefined : index.ordinalOf(issue.eventId);
    return ordinal === undefined ? {} : { eventId: issue.eventId, record: index.recordOf(ordinal) };
  };
  for (const { rule, severity, run } of runs) {
    await drainDataset(
      rule,
      () => run.finish?.(),
      (issue) => add(issue, rule, severity, placeById(issue)),
    );
  }
  const whole: Dataset = dataset ?? { events };
  for (const { rule, severity } of wholeDatasetRules) {
    await drainDataset(
      rule,
      () => rule.check(whole, context),
      (issue) => add(issue, rule, severity, placeById(issue)),
    );
  }

  return collector.build({
    records,
    events: index.size,
    rules: plan.settings,
    reciprocity: reciprocity?.finish(),
  });
};
