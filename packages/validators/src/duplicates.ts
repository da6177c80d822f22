import type { EventBase, Registry, RuleIssue } from "@tradecraft/core";
import { z } from "zod";
import type { EventIndex } from "./event-index";
import { distanceKm } from "./geo";
import { defineStreamingRule } from "./streaming";

/**
 * Duplicates: ids used twice (ICEWS repeats ids with different dates), and different records of one event
 * (GDELT reports the same expulsion from many articles; spreadsheets get rows pasted twice).
 *
 * Probable duplicates are found by blocking, never by comparing all pairs: events are grouped by type and actor
 * pair (sorted for symmetric types), each group is sorted by date, and each event is compared only with the
 * following events whose dates are within `windowDays` of it — at most `maxNeighbours` of them (the
 * sorted-neighbourhood method). The cost is one sort plus at most `maxNeighbours` comparisons per event.
 */

const DAY_MS = 86_400_000;
/** Points farther apart than this are different places for duplicate purposes. */
const SAME_PLACE_KM = 50;
/** The weight of each piece of evidence in the similarity; a missing piece counts as undecided (0.5). */
const WEIGHTS = { date: 0.5, place: 0.3, count: 0.2 } as const;
const UNDECIDED = 0.5;
/** Two points in the same country, without coordinates to compare, say little more than nothing. */
const SAME_COUNTRY = 0.6;
/** Pair keys pack two ordinals in one safe integer, which holds up to 2^26 (67 million) events. */
const PAIR_STRIDE = 2 ** 26;

export const DuplicatesSettingsSchema = z.strictObject({
  /** Similarity (0..1) from which two events are reported. */
  threshold: z.number().min(0).max(1).default(0.8),
  /** Dates further apart than this many days are not compared. */
  windowDays: z.number().nonnegative().default(7),
  /** The most following events one event is compared with. */
  maxNeighbours: z.int().positive().default(50),
});
export type DuplicatesSettings = z.output<typeof DuplicatesSettingsSchema>;

export const duplicateId = defineStreamingRule({
  id: "duplicates.same-id",
  severity: "error",
  description: "Ids are unique within a dataset.",
  hint: "Give each event its own id. If both records are the same event (ICEWS repeats ids, sometimes with different dates), keep one and cite both sources.",
  start({ index }) {
    return {
      *observe(event, ordinal) {
        const first = index.ordinalOf(event.id);
        if (first !== undefined && first !== ordinal) {
          yield { message: `id '${event.id}' is already used by events[${index.recordOf(first)}]`, path: ["id"] };
        }
      },
    };
  },
});

/** What one comparison found: the similarity and the words that explain it. */
interface Comparison {
  readonly score: number;
  readonly reasons: readonly string[];
}

/** What the rule keeps of each event beside the shared index: a place and a count, as plain numbers. */
class Facts {
  readonly lat: number[] = [];
  readonly lon: number[] = [];
  /** Country codes as small integers: a million two-letter strings would cost more than the rest. */
  readonly country: number[] = [];
  readonly count: number[] = [];
  readonly #codes = new Map<string, number>();

  add(event: EventBase): void {
    const location = event.location;
    this.lat.push(location?.lat ?? Number.NaN);
    this.lon.push(location?.lon ?? Number.NaN);
    const code = location?.country;
    let interned = code === undefined ? -1 : this.#codes.get(code);
    if (interned === undefined && code !== undefined) {
      interned = this.#codes.size;
      this.#codes.set(code, interned);
    }
    this.country.push(interned ?? -1);
    this.count.push(event.count ?? Number.NaN);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const dateSimilarity = (index: EventIndex, a: number, b: number, windowDays: number): [number, string] => {
  const [aStart, aEnd, bStart, bEnd] = [index.startOf(a), index.endOf(a), index.startOf(b), index.endOf(b)];
  if (aStart === bStart && aEnd === bEnd) return [1, "same date"];
  const overlap = Math.min(aEnd, bEnd) - Math.max(aStart, bStart) + 1;
  if (overlap > 0) {
    // A day inside a year is compatible but weak evidence: the shorter the shared part, the weaker.
    return [0.5 + (0.5 * overlap) / Math.max(aEnd - aStart + 1, bEnd - bStart + 1), "overlapping dates"];
  }
  const days = Math.ceil((Math.max(aStart, bStart) - Math.min(aEnd, bEnd)) / DAY_MS);
  return [windowDays === 0 ? 0 : Math.max(0, 1 - days / windowDays), `${plural(days, "day")} apart`];
};

const placeSimilarity = (facts: Facts, a: number, b: number): [number, string | undefined] => {
  const [aLat = Number.NaN, aLon = Number.NaN, bLat = Number.NaN, bLon = Number.NaN] = [
    facts.lat[a],
    facts.lon[a],
    facts.lat[b],
    facts.lon[b],
  ];
  if (!Number.isNaN(aLat) && !Number.isNaN(bLat)) {
    const km = distanceKm(aLat, aLon, bLat, bLon);
    return [Math.max(0, 1 - km / SAME_PLACE_KM), `${km < 10 ? km.toFixed(1) : Math.round(km)} km apart`];
  }
  const [aCountry = -1, bCountry = -1] = [facts.country[a], facts.country[b]];
  if (aCountry === -1 || bCountry === -1) return [UNDECIDED, undefined];
  return aCountry === bCountry ? [SAME_COUNTRY, "same country"] : [0, "different countries"];
};

const countSimilarity = (facts: Facts, a: number, b: number): [number, string | undefined] => {
  const [x = Number.NaN, y = Number.NaN] = [facts.count[a], facts.count[b]];
  if (Number.isNaN(x) || Number.isNaN(y)) return [UNDECIDED, undefined];
  if (x === y) return [1, "same count"];
  return [Math.min(x, y) / Math.max(x, y), `counts ${x} and ${y}`];
};

const similarity = (index: EventIndex, facts: Facts, a: number, b: number, windowDays: number): Comparison => {
  const [date, dateReason] = dateSimilarity(index, a, b, windowDays);
  const [place, placeReason] = placeSimilarity(facts, a, b);
  const [count, countReason] = countSimilarity(facts, a, b);
  return {
    score: WEIGHTS.date * date + WEIGHTS.place * place + WEIGHTS.count * count,
    reasons: [dateReason, placeReason, countReason].filter((reason) => reason !== undefined),
  };
};

/** Events that can be duplicates of each other share a block: same type, same actors. */
const blockKey = (event: EventBase, registry: Registry): string => {
  const actors = [event.initiator ?? "", event.target ?? ""];
  if (registry.types[event.type]?.symmetric) actors.sort();
  return `${event.type}|${actors[0]}|${actors[1]}`;
};

/** Events the author already linked: any relation says they are two events, or knowingly the same. */
class Links {
  readonly #pairs = new Set<number>();
  readonly #sameAs = new Map<number, number>();

  add(a: number, b: number, sameAs: boolean): void {
    this.#pairs.add(Math.min(a, b) * PAIR_STRIDE + Math.max(a, b));
    if (sameAs) this.#sameAs.set(this.#group(a), this.#group(b));
  }

  /** True when a relation joins them, directly or through a chain of same_as. */
  has(a: number, b: number): boolean {
    return this.#pairs.has(Math.min(a, b) * PAIR_STRIDE + Math.max(a, b)) || this.#group(a) === this.#group(b);
  }

  /** Union-find over same_as, with path halving. */
  #group(ordinal: number): number {
    let node = ordinal;
    let parent = this.#sameAs.get(node);
    while (parent !== undefined && parent !== node) {
      const grandparent = this.#sameAs.get(parent) ?? parent;
      this.#sameAs.set(node, grandparent);
      node = grandparent;
      parent = this.#sameAs.get(node);
    }
    return node;
  }
}

/** The probable-duplicates rule with its settings (the validator builds it from the configuration). */
export const createProbableDuplicates = (settings: DuplicatesSettings = DuplicatesSettingsSchema.parse({})) =>
  defineStreamingRule({
    id: "duplicates.probable",
    severity: "warning",
    description: `Events of the same type and actors, with compatible dates (overlapping or within ${settings.windowDays} days), places and counts, are probably one event recorded twice; reported with a similarity from ${settings.threshold} (date 0.5, place 0.3, count 0.2). Undated events and events already linked by a relation are not compared.`,
    hint: 'If they are the same event keep one, or link them with a relation {"kind": "same_as"}.',
    start({ index, registry }) {
      const facts = new Facts();
      const blocks = new Map<string, number[]>();
      const links = new Links();
      const pending: { ordinal: number; target: string; sameAs: boolean }[] = [];
      return {
        observe(event, ordinal) {
          facts.add(event);
          for (const relation of event.relations ?? []) {
            const target = index.ordinalOf(relation.event);
            const sameAs = relation.kind === "same_as";
            if (target === undefined) pending.push({ ordinal, target: relation.event, sameAs });
            else links.add(ordinal, target, sameAs);
          }
          if (Number.isNaN(index.startOf(ordinal)) || Number.isNaN(index.endOf(ordinal))) return undefined;
          const key = blockKey(event, registry);
          const block = blocks.get(key);
          if (block === undefined) blocks.set(key, [ordinal]);
          else block.push(ordinal);
          return undefined;
        },
        *finish() {
          for (const { ordinal, target, sameAs } of pending) {
            const other = index.ordinalOf(target);
            if (other !== undefined) links.add(ordinal, other, sameAs);
          }
          const windowMs = settings.windowDays * DAY_MS;
          let capped = 0;
          for (const block of blocks.values()) {
            block.sort((a, b) => index.startOf(a) - index.startOf(b) || a - b);
            for (let i = 0; i < block.length; i++) {
              const a = block[i] as number;
              const reach = index.endOf(a) + windowMs;
              let j = i + 1;
              for (; j < block.length && j <= i + settings.maxNeighbours; j++) {
                const b = block[j] as number;
                if (index.startOf(b) > reach) break;
                if (index.idOf(a) === index.idOf(b) || links.has(a, b)) continue;
                const { score, reasons } = similarity(index, facts, a, b, settings.windowDays);
                if (score < settings.threshold) continue;
                const [earlier, later] = a < b ? [a, b] : [b, a];
                yield {
                  eventId: index.idOf(later),
                  message: `probably the same event as '${index.idOf(earlier)}' (similarity ${score.toFixed(2)}: ${reasons.join(", ")})`,
                  hint: `If they are the same event keep one, or link them: "relations": [{"kind": "same_as", "event": "${index.idOf(earlier)}"}].`,
                } satisfies RuleIssue;
              }
              const next = block[j];
              if (j > i + settings.maxNeighbours && next !== undefined && index.startOf(next) <= reach) capped++;
            }
          }
          if (capped > 0) {
            yield {
              severity: "info",
              message: `${plural(capped, "event")} had more than ${settings.maxNeighbours} events of the same type and actors within ${settings.windowDays} days; each was compared with the nearest ${settings.maxNeighbours} only`,
              hint: "Raise duplicates.maxNeighbours to compare more (the cost grows with it).",
            };
          }
        },
      };
    },
  });

export const probableDuplicates = createProbableDuplicates();
