import type { Position } from "@tradecraft/core";
import type { Citation, Location } from "./model";

/** The fields of a candidate event that collapsing reads and writes. */
export interface CollapsibleEvent {
  id: string;
  type: string;
  date: string;
  location?: Location;
  sources: Citation[];
  relations?: { kind: "same_as"; event: string }[];
  ext: { gdelt: Record<string, unknown> };
}

export interface Candidate {
  readonly event: CollapsibleEvent;
  readonly position: Position;
}

/** What adding a candidate did: it opened a happening, or joined the one whose event id is given. */
export type Added = { readonly joined?: string; readonly released: readonly Candidate[] };

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * The happening a row reports, as GDELT's near-identical rows share it: the same day, the same actors' countries
 * (in either order for two-party types such as talks), the same CAMEO base code and the same place.
 */
export const happeningKey = (event: CollapsibleEvent, symmetric: boolean): string => {
  const gdelt = event.ext.gdelt;
  const countries = [text(gdelt.Actor1CountryCode), text(gdelt.Actor2CountryCode)];
  if (symmetric) countries.sort();
  const place = event.location?.featureId ?? event.location?.name ?? "";
  return [event.date, ...countries, text(gdelt.EventBaseCode), place].join("\t");
};

/**
 * Collapses near-identical rows in a bounded window: happenings stay open until the day GDELT added rows on
 * changes, or until `window` of them are open, when the oldest is let go. Its first row's event is the one kept;
 * every later row adds a `same_as` relation to its own id (`gdelt-<GLOBALEVENTID>`, as it would have had) and its
 * report (up to `MAX_COLLAPSED_SOURCES`), and is itself counted as a skip by the caller. Memory is bounded by the
 * window and by the rows of one day that join an open happening (one small relation each).
 */
export class Collapser {
  readonly #open = new Map<string, Candidate>();
  #day: string | undefined;

  constructor(readonly window: number) {}

  add(candidate: Candidate, key: string, day: string): Added {
    const released = day === this.#day ? [] : this.flush();
    this.#day = day;
    const kept = this.#open.get(key);
    if (kept !== undefined) {
      merge(kept.event, candidate.event);
      return { joined: kept.event.id, released };
    }
    this.#open.set(key, candidate);
    if (this.#open.size > this.window) {
      const [oldest] = this.#open;
      if (oldest !== undefined) {
        this.#open.delete(oldest[0]);
        released.push(oldest[1]);
      }
    }
    return { released };
  }

  /** Lets every open happening go, in the order they opened. */
  flush(): Candidate[] {
    const all = [...this.#open.values()];
    this.#open.clear();
    return all;
  }
}

/** Reports a kept event lists; past them, further reports are only counted (`ext.gdelt.sourcesNotListed`). */
export const MAX_COLLAPSED_SOURCES = 10;

const merge = (kept: CollapsibleEvent, duplicate: CollapsibleEvent) => {
  kept.relations ??= [];
  kept.relations.push({ kind: "same_as", event: duplicate.id });
  for (const citation of duplicate.sources) {
    if (kept.sources.some((c) => c.url === citation.url && c.publisher === citation.publisher)) continue;
    if (kept.sources.length < MAX_COLLAPSED_SOURCES) kept.sources.push(citation);
    else kept.ext.gdelt.sourcesNotListed = Number(kept.ext.gdelt.sourcesNotListed ?? 0) + 1;
  }
};
