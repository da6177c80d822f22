import { WORD_CLASSES } from "./lexicon";
import type { Token } from "./sentences";

/**
 * A tiny pattern language over tokens, so that trigger tables read like the English they match and need no
 * regular expressions. A pattern is words separated by spaces:
 *
 * - `expel` matches a token whose lemma or lower-case form is "expel" (so "expelled", "expels", "expelling");
 * - `close|shut` matches either word; `@mission` any word of that class in `WORD_CLASSES`; `#num` a number;
 * - `arrest:V` restricts the part of speech (V verb, N noun, A adjective);
 * - `...` skips up to four tokens that continue a phrase (determiners, adjectives, nouns, numbers, pronouns,
 *   prepositions), never a verb, a conjunction or a comma;
 * - `!close` marks the head, the word whose tense, voice and modality count; by default the first plain word.
 */

interface Element {
  readonly words?: ReadonlySet<string>;
  readonly wordClass?: ReadonlySet<string>;
  readonly number?: boolean;
  readonly pos?: ReadonlySet<string>;
  readonly gap?: boolean;
}

export interface CompiledPattern {
  readonly source: string;
  readonly elements: readonly Element[];
  /** Index into `elements` of the head. */
  readonly head: number;
}

export interface PatternMatch {
  /** Token indexes of the first and last matched tokens (inclusive). */
  readonly first: number;
  readonly last: number;
  /** Token index of the head. */
  readonly head: number;
}

const POS_CODES: Record<string, readonly string[]> = {
  V: ["VERB", "AUX"],
  N: ["NOUN", "PROPN"],
  A: ["ADJ"],
};
const GAP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "PART", "ADV", "AUX"]);
const MAX_GAP = 8;
/** Punctuation a phrase may hold: hyphens and quotation marks ("declared them \u201Cpersona non grata\u201D"). */
const GAP_MARKS = new Set(["-", '"', "\u201C", "\u201D", "'", "\u2018", "\u2019"]);

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  both: 2,
  pair: 2,
};

export const isNumberToken = (token: Token): boolean =>
  (token.pos === "NUM" && /^\d[\d,.]*$/.test(token.text)) || token.lower in NUMBER_WORDS;

const compileElement = (word: string): Element => {
  if (word === "...") return { gap: true };
  const [name = "", code] = word.replace(/^!/, "").split(":");
  const pos = code === undefined ? undefined : new Set(POS_CODES[code] ?? []);
  const withPos = pos === undefined ? {} : { pos };
  if (name === "#num") return { number: true, ...withPos };
  if (name.startsWith("@")) {
    const wordClass = WORD_CLASSES[name.slice(1)];
    if (wordClass === undefined) throw new Error(`unknown word class ${name} in a trigger pattern`);
    return { wordClass, ...withPos };
  }
  return { words: new Set(name.split("|")), ...withPos };
};

export const compilePattern = (source: string): CompiledPattern => {
  const words = source.split(" ");
  const elements = words.map(compileElement);
  const marked = words.findIndex((w) => w.startsWith("!"));
  const head = marked >= 0 ? marked : elements.findIndex((e) => e.words !== undefined);
  return { source, elements, head: Math.max(head, 0) };
};

const elementMatches = (element: Element, token: Token): boolean => {
  if (element.pos && !element.pos.has(token.pos)) return false;
  if (element.number) return isNumberToken(token);
  const set = element.words ?? element.wordClass;
  return set !== undefined && (set.has(token.lemma) || set.has(token.lower) || token.stems.some((s) => set.has(s)));
};

/** Matches a pattern starting at token `from`; returns the match or undefined. */
const matchAt = (pattern: CompiledPattern, tokens: readonly Token[], from: number): PatternMatch | undefined => {
  let at = from;
  let head = from;
  for (let e = 0; e < pattern.elements.length; e++) {
    const element = pattern.elements[e] as Element;
    if (element.gap) {
      const next = pattern.elements[e + 1];
      if (next === undefined) return undefined;
      let skipped = 0;
      while (at < tokens.length && skipped <= MAX_GAP) {
        const token = tokens[at] as Token;
        if (elementMatches(next, token)) break;
        if (!GAP_POS.has(token.pos) && !GAP_MARKS.has(token.text)) return undefined;
        at++;
        skipped++;
      }
      continue;
    }
    const token = tokens[at];
    if (token === undefined || !elementMatches(element, token)) return undefined;
    if (e === pattern.head) head = at;
    at++;
  }
  return { first: from, last: at - 1, head };
};

/** Every place in the sentence where the pattern matches, left to right, without overlaps. */
export const findMatches = (pattern: CompiledPattern, tokens: readonly Token[]): PatternMatch[] => {
  const matches: PatternMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchAt(pattern, tokens, i);
    if (match) {
      matches.push(match);
      i = match.last;
    }
  }
  return matches;
};
