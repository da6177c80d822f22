import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** One word or punctuation mark, with its place in the article. */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower case, for comparisons. */
  readonly lower: string;
  /** Dictionary form, lower case: "expelled" -> "expel", "diplomats" -> "diplomat". */
  readonly lemma: string;
  /** Verb forms an "-ing" word may come from ("expelling" -> expel, "closing" -> close), for patterns. */
  readonly stems: readonly string[];
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, ADP, NUM ... */
  readonly pos: string;
  /** Offsets into the article (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** Position in its sentence. */
  readonly index: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /**
   * A line that does not end like a sentence: a headline, a section title, a caption or the title of another
   * article linked from the page. Its events only confirm what the body states.
   */
  readonly heading: boolean;
}

// The model loads once per process (about 0.1 s), on first use, so that importing the package costs nothing.
let nlp: ReturnType<typeof winkNLP> | undefined;
const reader = () => {
  nlp ??= winkNLP(model, ["sbd", "pos", "negation"]);
  return nlp;
};

/** "expelling" -> expel, expell; "closing" -> close, clos; "killing" -> kill. */
const ingStems = (lower: string): string[] => {
  if (!lower.endsWith("ing") || lower.length < 6) return [];
  const stem = lower.slice(0, -3);
  const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...doubled];
};

const OBJECT_START = new Set(["DET", "NUM", "PROPN", "PRON", "ADJ"]);

/**
 * The tagger reads "by expelling U.S. diplomats" and "and closing American consulates" as nouns; an "-ing" word
 * after a preposition or a conjunction that takes an object is a verb.
 */
const isGerund = (lower: string, before?: string, tag?: string, after?: string, previous?: string) =>
  tag === "NOUN" &&
  lower.endsWith("ing") &&
  (before === "ADP" ||
    before === "SCONJ" ||
    previous === "including" ||
    ((previous === "and" || previous === ",") && OBJECT_START.has(after ?? "")));

/** "was found shot dead": a word the tagger calls a noun after "was" or "found", before "dead" or "by", is a verb. */
const isParticiple = (tag?: string, lemmaBefore?: string, next?: string, nextTag?: string) =>
  tag === "NOUN" &&
  (lemmaBefore === "be" || lemmaBefore === "find") &&
  (next === "dead" || next === "by" || (nextTag === "ADP" && next !== "of"));

const SENTENCE_END = new Set([".", "!", "?", "…", ":", '"', "”", "’", "'", ")", "»"]);

/**
 * Splits an article into sentences of tokens. Lines are read one by one, so that a headline or a section title
 * never runs into the paragraph below it; wink-nlp finds the sentences inside each line and tags every word.
 */
export const readSentences = (text: string): Sentence[] => {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") readLine(line, lineStart, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
};

/**
 * No word is this long; a run of this many characters without a space is a URL, a hash, base64 or junk. The
 * tagger tests every word with a regular expression that is quadratic in the word's length (100 KB without a
 * space took 19 s), so such runs are blanked before tagging: offsets stay the same, and nothing is lost.
 */
const MAX_WORD = 100;

/** No sentence of news has this many tokens; longer runs are read in pieces so that per-sentence work stays linear. */
export const MAX_SENTENCE_TOKENS = 250;

const blankLongWords = (line: string): string => {
  let out: string[] | undefined;
  let last = 0;
  let runStart = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    const space =
      c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (!space) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= MAX_WORD) {
      out ??= [];
      out.push(line.slice(last, runStart), " ".repeat(i - runStart));
      last = i;
    }
    runStart = -1;
  }
  if (out === undefined) return line;
  out.push(line.slice(last));
  return out.join("");
};

const readLine = (original: string, base: number, out: Sentence[]) => {
  const { its } = reader();
  const line = blankLongWords(original);
  const doc = reader().readDoc(line);
  let cursor = 0;
  const lastIndex = doc.sentences().length() - 1;
  doc.sentences().each((sentence, sentenceIndex) => {
    const values = sentence.tokens().out(its.value);
    const tags = sentence.tokens().out(its.pos);
    // The typings give lemma an extra parameter that `out` supplies itself.
    const lemmas = sentence.tokens().out(its.lemma as unknown as typeof its.value);
    const tokens: Token[] = [];
    values.forEach((value, i) => {
      const at = line.indexOf(value, cursor);
      const start = at < 0 ? cursor : at;
      cursor = at < 0 ? cursor : at + value.length;
      const lower = value.toLowerCase();
      tokens.push({
        text: value,
        lower,
        lemma: (lemmas[i] ?? value).toLowerCase(),
        stems: ingStems(lower),
        pos:
          isGerund(lower, tags[i - 1], tags[i], tags[i + 1], values[i - 1]) ||
          isParticiple(tags[i], lemmas[i - 1], values[i + 1], tags[i + 1])
            ? "VERB"
            : (tags[i] ?? "X"),
        start: base + start,
        end: base + start + value.length,
        index: i,
      });
    });
    for (let from = 0; from < tokens.length; from += MAX_SENTENCE_TOKENS) {
      const piece =
        tokens.length <= MAX_SENTENCE_TOKENS
          ? tokens
          : tokens.slice(from, from + MAX_SENTENCE_TOKENS).map((token, index) => ({ ...token, index }));
      const first = piece[0];
      const last = piece.at(-1);
      if (first === undefined || last === undefined) return;
      out.push({
        index: out.length,
        start: first.start,
        end: last.end,
        text: original.slice(first.start - base, last.end - base),
        tokens: piece,
        heading:
          sentenceIndex === lastIndex &&
          from + MAX_SENTENCE_TOKENS >= tokens.length &&
          !SENTENCE_END.has(last.text.slice(-1)),
      });
    }
  });
};
