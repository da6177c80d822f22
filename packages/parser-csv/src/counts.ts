import type { CountQualifierSchema } from "@tradecraft/core";
import type { z } from "zod";
import type { Reading } from "./normalize";

type CountQualifier = z.infer<typeof CountQualifierSchema>;

/**
 * Counts as people type them: `40`, `1,200`, `about 40`, `~40`, `40+`, `more than 40`, `at least 40`,
 * `fewer than 40`, `up to 40`, and the vague `several`, `dozens`, `hundreds`. The hedge becomes `countQualifier`;
 * a plain number gets none (it is not ours to call it exact).
 */

export interface CountReading {
  readonly count?: number;
  readonly qualifier?: CountQualifier;
}

const HEDGES: readonly [RegExp, CountQualifier][] = [
  [/^(?:about|approximately|approx\.?|around|roughly|some|circa|c\.|ca\.|~)\s*/, "approximate"],
  [/^(?:more than|over|above|>)\s*/, "more_than"],
  [/^(?:at least|>=|≥)\s*/, "at_least"],
  [/^(?:fewer than|less than|under|below|<)\s*/, "fewer_than"],
  [/^(?:at most|up to|no more than|<=|≤)\s*/, "at_most"],
];
const VAGUE: ReadonlySet<string> = new Set(["several", "dozens", "hundreds"]);
const NUMBER = /^(?:\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)$/;

/** Reads a count cell (see above). */
export const normalizeCount = (cell: string): Reading<CountReading> => {
  let text = cell.trim().toLowerCase().replace(/\s+/g, " ");
  if (VAGUE.has(text)) return { ok: true, value: { qualifier: text as CountQualifier } };
  let qualifier: CountQualifier | undefined;
  for (const [pattern, hedge] of HEDGES) {
    if (pattern.test(text)) {
      qualifier = hedge;
      text = text.replace(pattern, "");
      break;
    }
  }
  if (qualifier === undefined && text.endsWith("+")) {
    qualifier = "at_least";
    text = text.slice(0, -1).trim();
  }
  if (!NUMBER.test(text)) {
    return {
      ok: false,
      message: `'${cell}' is not a count`,
      hint: "Write a whole number, hedged if need be: 40, about 40, 40+, more than 40, at least 40, up to 40, several, dozens, hundreds.",
    };
  }
  const count = Number(text.replace(/[, \u00a0\u202f]/g, ""));
  return { ok: true, value: qualifier === undefined ? { count } : { count, qualifier } };
};
