import type { Gazetteer } from "@tradecraft/core";
import { fakeGazetteer } from "../../../bench/fake-gazetteer.mjs";
import { builtinRules } from "./catalog";
import type { ValidateOptions } from "./config";
import type { Report, ReportIssue } from "./report";
import { type ValidateInput, validate } from "./validate";

/** The present the tests assume. */
export const NOW = new Date("2024-06-01T12:00:00Z");

/** A clean expulsion: every rule passes it. Overrides replace whole fields. */
export const expulsion = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "e1",
  type: "expulsion",
  date: "2018-03-26",
  initiator: "US",
  target: "RU",
  count: 48,
  location: { city: "Washington", country: "US", lat: 38.9072, lon: -77.0369, precision: "city" },
  sources: [
    { publisher: "Example Wire", title: "A report", url: "https://example.org/news/1", published: "2018-03-27" },
  ],
  ...overrides,
});

/** Rule settings that turn every built-in rule off but these (the shape check stays on). */
export const only = (...ids: string[]): Record<string, "off"> =>
  Object.fromEntries(builtinRules.filter((rule) => !ids.includes(rule.id)).map((rule) => [rule.id, "off" as const]));

/** Validates with one built-in rule on (and the shape check), NOW, and the fake gazetteer unless `gazetteer: null`. */
export const check = (
  input: ValidateInput,
  rule: string,
  { gazetteer = fakeGazetteer, ...options }: Omit<ValidateOptions, "gazetteer"> & { gazetteer?: Gazetteer | null } = {},
): Promise<Report> =>
  validate(input, {
    now: NOW,
    reciprocity: false,
    rules: only(rule),
    ...(gazetteer === null ? {} : { gazetteer }),
    ...options,
  });

/** The issues one rule raised, as `[eventId, path, message]` triples for readable assertions. */
export const findings = (report: Report, rule: string): [string | undefined, string | undefined, string][] =>
  report.issues.filter((issue) => issue.rule === rule).map((issue) => [issue.eventId, pathOf(issue), issue.message]);

const pathOf = (issue: ReportIssue) =>
  issue.path?.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    "",
  );

/** Yields the items one by one, asynchronously, as a stream would. */
export async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
