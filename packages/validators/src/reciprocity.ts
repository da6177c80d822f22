import type { Dataset, EventBase } from "@tradecraft/core";
import { z } from "zod";
import type { EventIndex } from "./event-index";
import { stateOf } from "./lookups";

/**
 * Tit for tat: which expulsions were answered, by whom and how fast. An answer is an event with a
 * `retaliation_for` relation to the expulsion, or — inferred, and marked so — a reverse expulsion between the
 * same two states within `inferWithinDays` after it, when both are dated to the day and the later one names no
 * cause of its own. Inference is what makes the summary useful on GDELT-like data, which has no relations; it is
 * a summary of the report, never an issue, because a reverse expulsion is usually but not always an answer.
 */

const DAY_MS = 86_400_000;

export const ReciprocitySettingsSchema = z.strictObject({
  /** How many days after an expulsion a reverse expulsion counts as its answer; 0 turns inference off. */
  inferWithinDays: z.number().nonnegative().default(30),
});
export type ReciprocitySettings = z.output<typeof ReciprocitySettingsSchema>;

export const ReciprocityAnswerSchema = z.strictObject({
  /** The expulsion answered. */
  expulsion: z.string(),
  /** The event that answers it. */
  answer: z.string(),
  /** The answer's type: an expulsion, a closure, a sanction ... */
  type: z.string(),
  /** The answer's initiator. */
  by: z.string().optional(),
  /** True for a reverse expulsion found by date rather than by a relation. */
  inferred: z.boolean(),
  /** Days from the expulsion to the answer, when both are dated to the day. */
  delayDays: z.int().optional(),
});
export type ReciprocityAnswer = z.infer<typeof ReciprocityAnswerSchema>;

export const ReciprocityPairSchema = z.strictObject({
  initiator: z.string(),
  target: z.string(),
  expulsions: z.int().nonnegative(),
  answered: z.int().nonnegative(),
  /** The median of each answered expulsion's first answer delay, where known. */
  medianDelayDays: z.number().optional(),
});

export const ReciprocitySchema = z.strictObject({
  expulsions: z.int().nonnegative(),
  answered: z.int().nonnegative(),
  inferWithinDays: z.number().nonnegative(),
  /** Expulsions with both actors named, by direction, most expulsions first. */
  pairs: z.array(ReciprocityPairSchema),
  answers: z.array(ReciprocityAnswerSchema),
});
export type Reciprocity = z.infer<typeof ReciprocitySchema>;

interface Expulsion {
  readonly ordinal: number;
  readonly initiator: string | undefined;
  readonly target: string | undefined;
  /** It names a cause itself, so it is not inferred to answer another. */
  readonly answersSomething: boolean;
}

interface ExplicitAnswer {
  readonly answer: number;
  readonly cause: string;
  readonly type: string;
  readonly by: string | undefined;
}

/** An answer found, by ordinals. */
interface Answer {
  readonly cause: number;
  readonly answer: number;
  readonly type: string;
  readonly by: string | undefined;
  readonly inferred: boolean;
}

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Collects expulsions and answers as events stream past, keeping a few fields of each, never whole events. */
export class ReciprocityTracker {
  readonly #index: EventIndex;
  readonly #settings: ReciprocitySettings;
  readonly #dataset: Dataset | undefined;
  readonly #expulsions: Expulsion[] = [];
  readonly #explicit: ExplicitAnswer[] = [];
  // Codes repeat endlessly; one string per code instead of one per event.
  readonly #codes = new Map<string, string>();

  /** With a dataset, actors that are `state` entities count as their country code. */
  constructor(index: EventIndex, settings: ReciprocitySettings, dataset?: Dataset) {
    this.#index = index;
    this.#settings = settings;
    this.#dataset = dataset;
  }

  #intern(actor: string | undefined): string | undefined {
    const code = stateOf(actor, this.#dataset) ?? actor;
    if (code === undefined) return undefined;
    const known = this.#codes.get(code);
    if (known !== undefined) return known;
    this.#codes.set(code, code);
    return code;
  }

  observe(event: EventBase, ordinal: number): void {
    const causes = (event.relations ?? []).filter((relation) => relation.kind === "retaliation_for");
    for (const relation of causes) {
      this.#explicit.push({
        answer: ordinal,
        cause: relation.event,
        type: event.type,
        by: this.#intern(event.initiator),
      });
    }
    if (event.type === "expulsion") {
      this.#expulsions.push({
        ordinal,
        initiator: this.#intern(event.initiator),
        target: this.#intern(event.target),
        answersSomething: causes.length > 0,
      });
    }
  }

  #dayPrecise(ordinal: number): boolean {
    return this.#index.endOf(ordinal) - this.#index.startOf(ordinal) + 1 === DAY_MS;
  }

  #delay(cause: number, answer: number): number | undefined {
    if (!this.#dayPrecise(cause) || !this.#dayPrecise(answer)) return undefined;
    return Math.round((this.#index.startOf(answer) - this.#index.startOf(cause)) / DAY_MS);
  }

  finish(): Reciprocity {
    const index = this.#index;
    const byOrdinal = new Map(this.#expulsions.map((expulsion) => [expulsion.ordinal, expulsion]));
    const answers: Answer[] = [];
    for (const { answer, cause, type, by } of this.#explicit) {
      const ordinal = index.ordinalOf(cause);
      if (ordinal !== undefined && byOrdinal.has(ordinal))
        answers.push({ cause: ordinal, answer, type, by, inferred: false });
    }
    answers.push(...this.#inferred());
    answers.sort((a, b) => a.cause - b.cause || a.answer - b.answer);

    const firstDelay = new Map<number, number | undefined>();
    for (const { cause, answer } of answers)
      if (!firstDelay.has(cause)) firstDelay.set(cause, this.#delay(cause, answer));

    const pairs = new Map<
      string,
      { initiator: string; target: string; expulsions: number; answered: number; delays: number[] }
    >();
    for (const { ordinal, initiator, target } of this.#expulsions) {
      if (initiator === undefined || target === undefined) continue;
      const key = `${initiator}>${target}`;
      const pair = pairs.get(key) ?? { initiator, target, expulsions: 0, answered: 0, delays: [] };
      pairs.set(key, pair);
      pair.expulsions++;
      if (!firstDelay.has(ordinal)) continue;
      pair.answered++;
      const delay = firstDelay.get(ordinal);
      if (delay !== undefined) pair.delays.push(delay);
    }

    return {
      expulsions: this.#expulsions.length,
      answered: firstDelay.size,
      inferWithinDays: this.#settings.inferWithinDays,
      pairs: [...pairs.values()]
        .sort(
          (a, b) =>
            b.expulsions - a.expulsions || a.initiator.localeCompare(b.initiator) || a.target.localeCompare(b.target),
        )
        .map(({ delays, ...pair }) => {
          const middle = median(delays);
          return middle === undefined ? pair : { ...pair, medianDelayDays: middle };
        }),
      answers: answers.map(({ cause, answer, type, by, inferred }) => {
        const delayDays = this.#delay(cause, answer);
        return {
          expulsion: index.idOf(cause),
          answer: index.idOf(answer),
          type,
          ...(by === undefined ? {} : { by }),
          inferred,
          ...(delayDays === undefined ? {} : { delayDays }),
        };
      }),
    };
  }

  /**
   * Reverse expulsions within the window, day-precise both: each answers the latest expulsion the other way
   * before it. One pass per pair of states over its expulsions in date order.
   */
  #inferred(): Answer[] {
    const windowMs = this.#settings.inferWithinDays * DAY_MS;
    if (windowMs === 0) return [];
    const index = this.#index;
    const byPair = new Map<string, Expulsion[]>();
    for (const expulsion of this.#expulsions) {
      const { initiator, target } = expulsion;
      if (initiator === undefined || target === undefined || !this.#dayPrecise(expulsion.ordinal)) continue;
      const key = initiator < target ? `${initiator}|${target}` : `${target}|${initiator}`;
      const list = byPair.get(key) ?? [];
      byPair.set(key, list);
      list.push(expulsion);
    }
    const inferred: Answer[] = [];
    for (const list of byPair.values()) {
      list.sort((a, b) => index.startOf(a.ordinal) - index.startOf(b.ordinal) || a.ordinal - b.ordinal);
      const latestFrom = new Map<string, Expulsion>();
      for (const expulsion of list) {
        const reverse = latestFrom.get(expulsion.target as string);
        const start = index.startOf(expulsion.ordinal);
        if (
          reverse !== undefined &&
          !expulsion.answersSomething &&
          index.startOf(reverse.ordinal) < start &&
          start - index.startOf(reverse.ordinal) <= windowMs
        ) {
          inferred.push({
            cause: reverse.ordinal,
            answer: expulsion.ordinal,
            type: "expulsion",
            by: expulsion.initiator,
            inferred: true,
          });
        }
        latestFrom.set(expulsion.initiator as string, expulsion);
      }
    }
    return inferred;
  }
}
