import type { Mark } from "../marks";

/** The days shown (counted from 1970-01-01), and whether undated marks are shown too; the sliders move it. */
export interface DateWindow {
  from: number;
  to: number;
  undated: boolean;
}

/** The date window and the types switched off. */
export interface Filter extends Readonly<DateWindow> {
  readonly hiddenTypes: ReadonlySet<string>;
}

/** Whether a mark is shown: its type is on, and its date span meets the window (undated ones when asked for). */
export const isShown = (mark: Mark, filter: Filter): boolean => {
  if (filter.hiddenTypes.has(mark.type)) return false;
  if (mark.start === undefined && mark.end === undefined) return filter.undated;
  return (mark.start ?? Number.NEGATIVE_INFINITY) <= filter.to && (mark.end ?? Number.POSITIVE_INFINITY) >= filter.from;
};

/** The first and last day any mark can mean, or undefined when none has a known date. */
export const dayRange = (marks: readonly Mark[]): { min: number; max: number } | undefined => {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { start, end } of marks) {
    for (const day of [start, end]) {
      if (day === undefined) continue;
      min = Math.min(min, day);
      max = Math.max(max, day);
    }
  }
  return min <= max ? { min, max } : undefined;
};

/** `2024-03-05` for a day number. */
export const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
