import { WORD_CLASSES } from "./lexicon";
import { isNumberToken, NUMBER_WORDS } from "./patterns";
import type { Token } from "./sentences";

/** A stated count and how it was hedged ("about 400" -> 400 approximate; "several" -> no number). */
export interface Count {
  readonly count?: number;
  readonly qualifier?:
    | "exact"
    | "approximate"
    | "more_than"
    | "at_least"
    | "fewer_than"
    | "at_most"
    | "several"
    | "dozens"
    | "hundreds";
  /** Token index of the number. */
  readonly at: number;
}

const PHRASAL_OVER = new Set(["take", "hand", "turn", "win", "get", "pass", "move", "look", "sign", "give"]);
const HEDGES: readonly [readonly string[], NonNullable<Count["qualifier"]>][] = [
  [["more", "than"], "more_than"],
  [["over"], "more_than"],
  [["upwards", "of"], "more_than"],
  [["at", "least"], "at_least"],
  [["fewer", "than"], "fewer_than"],
  [["less", "than"], "fewer_than"],
  [["under"], "fewer_than"],
  [["up", "to"], "at_most"],
  [["at", "most"], "at_most"],
  [["about"], "approximate"],
  [["around"], "approximate"],
  [["approximately"], "approximate"],
  [["roughly"], "approximate"],
  [["some"], "approximate"],
  [["nearly"], "approximate"],
  [["almost"], "approximate"],
  [["an", "estimated"], "approximate"],
];
const VAGUE: Readonly<Record<string, Count["qualifier"]>> = {
  several: "several",
  few: "several",
  dozens: "dozens",
  hundreds: "hundreds",
  scores: "dozens",
};
/** Nouns after a number that measure something else than the people or objects of the event. */
const MEASURES = new Set([
  "percent",
  "%",
  "hour",
  "day",
  "week",
  "month",
  "year",
  "minute",
  "time",
  "kilometre",
  "kilometer",
  "mile",
  "trip",
  "zone",
  "view",
  "call",
  "dollar",
  "euro",
  "million",
  "billion",
  "thousand",
]);

const numberValue = (token: Token): number | undefined => {
  if (token.lower in NUMBER_WORDS) return NUMBER_WORDS[token.lower];
  const n = Number(token.text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
};

const isYear = (token: Token) => /^(1[89]|20)\d{2}$/.test(token.text);

const hedgeBefore = (tokens: readonly Token[], number: number): NonNullable<Count["qualifier"]> => {
  // "about a dozen": the hedge stands before the article.
  const at = tokens[number - 1]?.lower === "a" ? number - 1 : number;
  for (const [words, qualifier] of HEDGES) {
    const from = at - words.length;
    // "took over two properties": "over" is the verb's particle there, not a hedge.
    const particle = words[0] === "over" && PHRASAL_OVER.has(tokens[from - 1]?.lemma ?? "");
    if (from >= 0 && !particle && words.every((w, k) => tokens[from + k]?.lower === w)) return qualifier;
  }
  return "exact";
};

/**
 * The first count in a token range: a number (digits or words) before the noun it counts, with its hedge, or a
 * vague quantity ("several", "dozens of"). Years, percentages, durations and ages are not counts.
 */
export const findCount = (tokens: readonly Token[], from: number, to: number): Count | undefined => {
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const vague = VAGUE[token.lower];
    if (vague) {
      const next = tokens[i + 1];
      // "hundreds of thousands" stays "hundreds": the qualifier is all the text gives.
      if (next?.lower === "more" || next?.pos === "NOUN" || next?.lower === "of" || next?.pos === "ADJ") {
        return { qualifier: vague, at: i };
      }
      continue;
    }
    if (!isNumberToken(token) || token.text.includes("-")) continue;
    const next = tokens[i + 1];
    if (isYear(token)) continue;
    if (next && (MEASURES.has(next.lemma) || next.text === "%" || next.text === "-")) continue;
    if (token.lower === "one" && next?.lower === "of") continue;
    const count = numberValue(token);
    if (count === undefined || !Number.isInteger(count)) continue;
    return { count, qualifier: hedgeBefore(tokens, i), at: i };
  }
  return single(tokens, from, to);
};

const PEOPLE = new Set([...(WORD_CLASSES.person ?? []), ...(WORD_CLASSES.staff ?? [])]);
/** Nouns that make a person noun before them a modifier: "a spy ring" is no spy. */
const GROUPS = new Set(["ring", "network", "cell", "agency", "service", "scandal", "case", "plot", "group", "unit"]);
const ONE = new Set(["a", "an", "one", "single", "another"]);

/** "a Belarusian diplomat", "an engineer": one person, counted as 1. */
const single = (tokens: readonly Token[], from: number, to: number): Count | undefined => {
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    if (!ONE.has((tokens[i] as Token).lower)) continue;
    for (let j = i + 1; j <= Math.min(to, i + 4); j++) {
      const t = tokens[j] as Token;
      // "a Russian national": the tagger may call the noun an adjective when nothing follows it.
      // "a Russian national" (the tagger may call the noun an adjective); not "a spy ring", whose head is "ring".
      const noun = (t.pos === "NOUN" || t.pos === "ADJ") && !GROUPS.has(tokens[j + 1]?.lemma ?? "");
      if (noun && PEOPLE.has(t.lemma) && t.lower === t.lemma) return { count: 1, qualifier: "exact", at: i };
      if (!(t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "NOUN" || t.text === "-")) break;
    }
  }
  return undefined;
};
