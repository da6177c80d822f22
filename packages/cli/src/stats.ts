import { type EventBase, earliest } from "@tradecraft/core";
import { z } from "zod";

/** A count under a key (a type, a country, a year), largest first. */
export const CountSchema = z.strictObject({ key: z.string(), count: z.int().nonnegative() });

/** Two states that expelled each other's diplomats: how many expulsions went each way. */
export const ReciprocityPairSchema = z.strictObject({
  a: z.string(),
  b: z.string(),
  /** Expulsions with `a` as initiator and `b` as target. */
  aToB: z.int().nonnegative(),
  bToA: z.int().nonnegative(),
  /**
   * How many of these expulsions are marked as retaliating (`retaliation_for`) for an expulsion the other way: each
   * counted once, however many it names, so never more than `aToB + bToA`.
   */
  retaliations: z.int().nonnegative(),
});

/** What `tradecraft stats` prints: counts by type, initiator, target and year, and the reciprocity pairs. */
export const StatsSchema = z.strictObject({
  events: z.int().nonnegative(),
  byType: z.array(CountSchema),
  byInitiator: z.array(CountSchema),
  byTarget: z.array(CountSchema),
  /** The year an event starts in (its earliest day), `unknown` for undated events. */
  byYear: z.array(CountSchema),
  reciprocity: z.array(ReciprocityPairSchema),
});
export type Stats = z.infer<typeof StatsSchema>;
export type ReciprocityPair = z.infer<typeof ReciprocityPairSchema>;

const NONE = "(none)";
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const counts = (map: ReadonlyMap<string, number>, byKey = false) =>
  [...map]
    .sort(byKey ? (x, y) => x[0].localeCompare(y[0]) : (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([key, count]) => ({ key, count }));

const yearOf = (event: EventBase): string => {
  if (event.date === undefined) return "unknown";
  const start = earliest(event.date);
  return start === undefined || start === null ? "unknown" : String(start.getUTCFullYear());
};

/**
 * Counts events by type, initiator, target and year, and finds the pairs of states that expelled each other's
 * diplomats. Reads the events once and keeps counts, plus one small record per expulsion.
 */
export const computeStats = async (events: Iterable<EventBase> | AsyncIterable<EventBase>): Promise<Stats> => {
  const byType = new Map<string, number>();
  const byInitiator = new Map<string, number>();
  const byTarget = new Map<string, number>();
  const byYear = new Map<string, number>();
  const directed = new Map<string, number>();
  const expulsions = new Map<string, string>();
  const retaliating: { from: string; to: string; causes: string[] }[] = [];
  let total = 0;
  for await (const event of events) {
    total++;
    bump(byType, event.type);
    bump(byInitiator, event.initiator ?? NONE);
    bump(byTarget, event.target ?? NONE);
    bump(byYear, yearOf(event));
    const { initiator, target } = event;
    if (event.type === "expulsion" && initiator !== undefined && target !== undefined) {
      bump(directed, `${initiator}\u0000${target}`);
      expulsions.set(event.id, `${initiator}\u0000${target}`);
      const causes = (event.relations ?? []).filter((r) => r.kind === "retaliation_for").map((r) => r.event);
      if (causes.length > 0) retaliating.push({ from: initiator, to: target, causes });
    }
  }
  const pairs = new Map<string, ReciprocityPair>();
  for (const [key, count] of directed) {
    const [from = "", to = ""] = key.split("\u0000");
    const back = directed.get(`${to}\u0000${from}`);
    if (back === undefined || from > to) continue;
    pairs.set(`${from}\u0000${to}`, { a: from, b: to, aToB: count, bToA: back, retaliations: 0 });
  }
  for (const { from, to, causes } of retaliating) {
    if (!causes.some((cause) => expulsions.get(cause) === `${to}\u0000${from}`)) continue;
    const [a, b] = from < to ? [from, to] : [to, from];
    const pair = pairs.get(`${a}\u0000${b}`);
    if (pair !== undefined) pairs.set(`${a}\u0000${b}`, { ...pair, retaliations: pair.retaliations + 1 });
  }
  return {
    events: total,
    byType: counts(byType),
    byInitiator: counts(byInitiator),
    byTarget: counts(byTarget),
    byYear: counts(byYear, true),
    reciprocity: [...pairs.values()].sort((x, y) => y.aToB + y.bToA - (x.aToB + x.bToA) || x.a.localeCompare(y.a)),
  };
};

const table = (title: string, rows: readonly { key: string; count: number }[]) =>
  [
    `${title}:`,
    ...(rows.length === 0 ? ["  (none)"] : rows.map(({ key, count }) => `  ${String(count).padStart(6)}  ${key}`)),
  ].join("\n");

/** The statistics as a terminal shows them. */
export const formatStats = (stats: Stats): string =>
  `${[
    `${stats.events} event${stats.events === 1 ? "" : "s"}`,
    table("by type", stats.byType),
    table("by initiator", stats.byInitiator),
    table("by target", stats.byTarget),
    table("by year", stats.byYear),
    [
      "reciprocity (expulsions both ways):",
      ...(stats.reciprocity.length === 0
        ? ["  (none)"]
        : stats.reciprocity.map(
            (p) =>
              `  ${p.a} -> ${p.b}: ${p.aToB}, ${p.b} -> ${p.a}: ${p.bToA}${p.retaliations > 0 ? ` (${p.retaliations} marked retaliation_for)` : ""}`,
          )),
    ].join("\n"),
  ].join("\n\n")}\n`;
