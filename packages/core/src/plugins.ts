import type { Diagnostic, Position, Severity } from "./diagnostics";
import type { Gazetteer } from "./gazetteer";
import type { Dataset } from "./model/dataset";
import type { EventBase } from "./model/event";
import type { EventTypeDefinition, Registry } from "./registry";

/** What a parser reads: text, bytes, or a stream of either (a file read in chunks, a fetch body). */
export type ParserInput = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * What a parser yields for each input record: a candidate event (checked against the registry by `parseWith`),
 * a diagnostic, or a counted skip (a record the parser's filter deliberately leaves out, such as a GDELT row of
 * an unrelated CAMEO code). Every input record ends as exactly one of these.
 */
export type ParsedItem =
  | { kind: "event"; event: unknown; position: Position }
  | { kind: "diagnostic"; diagnostic: Diagnostic }
  | { kind: "skip"; position: Position; reason: string };

/** What `parseWith` yields: events typed by the registry, or diagnostics, or counted skips. */
export type ParseRecord<E> =
  | { kind: "event"; event: E; position: Position }
  | { kind: "diagnostic"; diagnostic: Diagnostic }
  | { kind: "skip"; position: Position; reason: string };

export interface ParserContext {
  readonly registry: Registry;
  /** Resolves place, country and service names, when the caller provides one. */
  readonly gazetteer?: Gazetteer;
}

/** Turns an input into a stream of candidate events and diagnostics. */
export interface Parser<Options = Record<string, unknown>> {
  readonly name: string;
  readonly description: string;
  /** File extensions it reads, without the dot (`ndjson`, `csv`). */
  readonly extensions?: readonly string[];
  readonly mediaTypes?: readonly string[];
  /** How sure it is that a sample (the input's first few kilobytes) is its format, 0..1. */
  detect?(sample: string): number;
  parse(input: ParserInput, options: Options, context: ParserContext): AsyncIterable<ParsedItem>;
}

/** A problem a rule found: where (event and path), what, and what to do. */
export interface RuleIssue {
  readonly message: string;
  readonly hint?: string;
  readonly eventId?: string;
  readonly path?: readonly (string | number)[];
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly registry: Registry;
  /** The dataset the event belongs to, when validation runs on one. */
  readonly dataset?: Dataset;
  /** The present instant, so that "not in the future" is testable. */
  readonly now: Date;
  /** For geographic rules (point in country, centroids), when the caller provides one. */
  readonly gazetteer?: Gazetteer;
}

interface RuleCommon {
  /** Stable, dotted: `dates.not-after-publication`. */
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly hint?: string;
}

/** A rule on one event at a time. */
export interface EventRule extends RuleCommon {
  readonly scope: "event";
  check(event: EventBase, context: RuleContext): Iterable<RuleIssue>;
}

/** A rule on the whole dataset (duplicates, relations, reciprocity). */
export interface DatasetRule extends RuleCommon {
  readonly scope: "dataset";
  check(dataset: Dataset, context: RuleContext): Iterable<RuleIssue> | AsyncIterable<RuleIssue>;
}

export type Rule = EventRule | DatasetRule;

export interface ExporterContext {
  readonly registry: Registry;
  /** The dataset's entities and sources, for exporters that resolve references. */
  readonly dataset?: Pick<Dataset, "entities" | "sources">;
  /** Places events without coordinates, when the caller provides one. */
  readonly gazetteer?: Gazetteer;
}

/** Turns a stream of events into a stream of text or bytes, in constant memory. */
export interface Exporter<Options = Record<string, unknown>> {
  readonly name: string;
  readonly description: string;
  readonly extension: string;
  readonly mediaType: string;
  export(
    events: Iterable<EventBase> | AsyncIterable<EventBase>,
    options: Options,
    context: ExporterContext,
  ): AsyncIterable<string | Uint8Array>;
}

/** A bundle of contributions: event types, parsers, validation rules, exporters. */
export interface Plugin {
  readonly name: string;
  readonly version?: string;
  readonly eventTypes?: readonly EventTypeDefinition[];
  readonly parsers?: readonly Parser<never>[];
  readonly rules?: readonly Rule[];
  readonly exporters?: readonly Exporter<never>[];
}

/** Defines a plugin, keeping the literal types of what it contributes so a registry can infer them. */
export const definePlugin = <const P extends Plugin>(plugin: P): P => plugin;

/** Defines a parser; a typing helper that returns its argument. */
export const defineParser = <Options = Record<string, unknown>>(parser: Parser<Options>): Parser<Options> => parser;

/** Defines a validation rule; a typing helper that returns its argument. */
export const defineRule = <R extends Rule>(rule: R): R => rule;

/** Defines an exporter; a typing helper that returns its argument. */
export const defineExporter = <Options = Record<string, unknown>>(exporter: Exporter<Options>): Exporter<Options> =>
  exporter;
