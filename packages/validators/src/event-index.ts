import { type EventBase, earliest, latest } from "@tradecraft/core";

/**
 * What the dataset-scope rules remember of every event they have seen, shared so that no rule keeps its own
 * copy: the id, where the event sits in the input, and its date as two instants. Events are numbered in the
 * order they pass the shape check (their ordinal); records count every input item, valid or not.
 */
export interface EventIndex {
  /** How many events have been indexed. */
  readonly size: number;
  /** The first event with this id, or undefined when none has been seen (yet). */
  ordinalOf(id: string): number | undefined;
  idOf(ordinal: number): string;
  /** The event's position in the input (0-based, counting invalid records too). */
  recordOf(ordinal: number): number;
  /** The first instant the event's date can mean (UTC epoch ms); NaN when undated or its start is open or unknown. */
  startOf(ordinal: number): number;
  /** The last instant the event's date can mean; NaN when undated or its end is open or unknown. */
  endOf(ordinal: number): number;
}

/**
 * The index the validator fills as events arrive. Plain number arrays hold unboxed doubles in V8, so a million
 * events cost about 16 bytes each here plus the id string and its map entry.
 */
export class EventTable implements EventIndex {
  readonly #ordinals = new Map<string, number>();
  readonly #ids: string[] = [];
  readonly #records: number[] = [];
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  get size(): number {
    return this.#ids.length;
  }

  /** Adds an event and returns its ordinal. A repeated id keeps pointing at its first event. */
  add(event: EventBase, record: number): number {
    const ordinal = this.#ids.length;
    this.#ids.push(event.id);
    this.#records.push(record);
    this.#starts.push(earliest(event.date)?.getTime() ?? Number.NaN);
    this.#ends.push(latest(event.date)?.getTime() ?? Number.NaN);
    if (!this.#ordinals.has(event.id)) this.#ordinals.set(event.id, ordinal);
    return ordinal;
  }

  ordinalOf(id: string): number | undefined {
    return this.#ordinals.get(id);
  }

  idOf(ordinal: number): string {
    return this.#ids[ordinal] ?? "";
  }

  recordOf(ordinal: number): number {
    return this.#records[ordinal] ?? -1;
  }

  startOf(ordinal: number): number {
    return this.#starts[ordinal] ?? Number.NaN;
  }

  endOf(ordinal: number): number {
    return this.#ends[ordinal] ?? Number.NaN;
  }
}

/** True when every instant of `a` precedes every instant of `b`: core's `relateDates(a, b) === "before"`, on bounds. */
export const certainlyBefore = (index: EventIndex, a: number, b: number): boolean => index.endOf(a) < index.startOf(b);
