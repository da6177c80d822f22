import { MODALS, NEGATIONS, RELATIVES, SPEECH_VERBS, SUBORDINATORS } from "./lexicon";
import type { Token } from "./sentences";

/**
 * Shallow syntax over part-of-speech tags: which clause a word is in, where a verb's subject and object are,
 * whether it is passive. Enough for the sentences news uses to report events, without a full parser.
 */

const isVerb = (t: Token | undefined) => t?.pos === "VERB";
const AUX_CHAIN = new Set(["AUX", "PART", "ADV"]);
const CLAUSE_STOPS = new Set([";", ":", "—", "–", "“", "”", '"']);
const GOVERNING = new Set(["ADP", "SCONJ"]);
const BE = new Set(["be", "get"]);
/** Subordinators that are also prepositions: "since the Cold War", "after the invasion". */
const PREPOSITIONAL = new Set(["after", "before", "since", "until"]);
/** "charged X with", "accused X of", "jailed X for": the object does what follows. */
const OBJECT_CONTROL = new Set(["with", "of", "for"]);

/**
 * Segment ids per token: 0 for the main clause, then one id per subordinate ("after agents ... poisoned a spy")
 * or relative ("who was shot") clause, which runs to the next comma or the end of the sentence.
 */
export const segmentTokens = (tokens: readonly Token[]): number[] => {
  const segments = tokens.map(() => 0);
  let current = 0;
  let next = 1;
  // Opened by a preposition ("since the Cold War"): a phrase, which ends where a verb shows the main clause again.
  let phrase = false;
  // A relative clause without commas ("a pilot who defected last year was found") ends at the next verb chain.
  let bareRelative = false;
  let relativeVerb = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const opensSubordinate =
      (SUBORDINATORS.has(token.lower) && token.lower !== "as") || (token.lower === "as" && previous?.text === ",");
    const year = PREPOSITIONAL.has(token.lower) && tokens[i + 1]?.pos === "NUM";
    const opens =
      (opensSubordinate && !year && token.pos !== "ADV" && tokens[i + 1]?.lower !== "well") ||
      (RELATIVES.has(token.lower) && token.pos === "PRON" && i > 0);
    if (opens) {
      current = next++;
      bareRelative = RELATIVES.has(token.lower) && previous?.text !== ",";
      relativeVerb = false;
      // "The largest exchange since the Cold War took place ...": while the main verb is still to come, a
      // preposition opens a phrase; after it ("expelled two diplomats after prosecutors concluded"), a clause.
      const verbBefore = tokens.slice(0, i).some((b) => b.pos === "VERB" || b.pos === "AUX");
      phrase = PREPOSITIONAL.has(token.lower) && !verbBefore;
    } else if (current !== 0 && phrase && (token.pos === "VERB" || token.pos === "AUX")) {
      current = 0;
    } else if (current !== 0 && bareRelative && (token.pos === "VERB" || token.pos === "AUX")) {
      const chained =
        ["AUX", "ADV", "PART"].includes(previous?.pos ?? "") || ["and", "or", ","].includes(previous?.lower ?? "");
      if (relativeVerb && !chained) current = 0;
      relativeVerb = true;
    } else if (current !== 0 && (token.text === "," || CLAUSE_STOPS.has(token.text))) {
      segments[i] = current;
      current = 0;
      continue;
    } else if (CLAUSE_STOPS.has(token.text)) current = 0;
    segments[i] = current;
  }
  return segments;
};

/** Walks back from a verb over its auxiliaries, adverbs and negation: the index before them. */
const beforeAuxiliaries = (tokens: readonly Token[], head: number): number => {
  let i = head - 1;
  while (i >= 0) {
    const t = tokens[i] as Token;
    if (AUX_CHAIN.has(t.pos) && t.lower !== "to") i--;
    else if (t.lemma === "have" || t.lemma === "be") i--;
    // "was found shot dead": "found" carries the passive like an auxiliary.
    else if (t.lemma === "find" && tokens[i - 1]?.lemma === "be") i--;
    else break;
  }
  return i;
};

/** The auxiliaries, adverbs and particles right before a verb. */
export const auxiliaries = (tokens: readonly Token[], head: number): Token[] =>
  tokens.slice(beforeAuxiliaries(tokens, head) + 1, head);

/** Passive: "were expelled", "was shot", or a participle after its noun ("47 diplomats expelled from ..."). */
export const isPassive = (tokens: readonly Token[], head: number, segments: readonly number[]): boolean => {
  const verb = tokens[head] as Token;
  if (verb.pos !== "VERB") return false;
  const aux = auxiliaries(tokens, head);
  if (aux.some((t) => BE.has(t.lemma))) return !verb.lower.endsWith("ing");
  if (verb.lower === verb.lemma) return false;
  const previous = tokens[head - 1];
  if (aux.length > 0 || previous?.pos !== "NOUN") return false;
  // A reduced relative needs a finite verb before it in its clause.
  return tokens.slice(0, head - 1).some((t, i) => isVerb(t) && segments[i] === segments[head]);
};

export const isNegated = (tokens: readonly Token[], head: number): boolean =>
  auxiliaries(tokens, head).some((t) => NEGATIONS.has(t.lower) || NEGATIONS.has(t.lemma));

/** The verb that governs a gerund or infinitive ("responded by expelling", "tried to kill"), if any. */
export const governingVerb = (tokens: readonly Token[], head: number): number | undefined => {
  const i = beforeAuxiliaries(tokens, head);
  const t = tokens[i];
  if (t === undefined) return undefined;
  const governed = t.lower === "to" || GOVERNING.has(t.pos) || t.lemma === "include";
  if (!governed) return undefined;
  if (t.lower === "to" && tokens[i - 1]?.pos === "NOUN") return i - 1;
  for (let j = i - 1; j >= 0; j--) {
    const candidate = tokens[j] as Token;
    if (CLAUSE_STOPS.has(candidate.text)) return undefined;
    if (isVerb(candidate) || candidate.pos === "ADJ") return j;
  }
  return undefined;
};

/**
 * A verb coordinated with an earlier one shares its subject ("expelled 60 diplomats and shut down"): `at` is the
 * token right before the verb's auxiliaries.
 */
const coordinatedWith = (
  tokens: readonly Token[],
  at: number,
  segments: readonly number[],
  gerund: boolean,
): number | undefined => {
  const t = tokens[at];
  if (t === undefined || !(t.lower === "and" || t.lower === "or")) return undefined;
  for (let j = at - 1; j >= 0; j--) {
    const candidate = tokens[j] as Token;
    if (segments[j] !== segments[at] && segments[j] !== 0) continue;
    if (CLAUSE_STOPS.has(candidate.text)) return undefined;
    // "convicted two men of spying for Russia and sentenced them": a finite verb is not coordinated with the
    // gerund before it; "including planting explosives and trying to kill": two gerunds are.
    const governedGerund = candidate.lower.endsWith("ing") && governingVerb(tokens, j) !== undefined;
    if (isVerb(candidate) && (gerund || !governedGerund)) return j;
  }
  return undefined;
};

const PARENTHETICAL_OPENERS = new Set(["according", "reportedly", "allegedly", "however", "in", "also", "then", "too"]);

/** Index of the comma that opens a parenthetical closed by the comma at `comma`, or undefined. */
const parentheticalStart = (tokens: readonly Token[], comma: number): number | undefined => {
  for (let j = comma - 1; j >= 0 && comma - j <= 14; j--) {
    if ((tokens[j] as Token).text !== ",") continue;
    const opener = tokens[j + 1] as Token;
    const verbless = tokens.slice(j + 1, comma).every((t) => t.pos !== "VERB" && t.pos !== "AUX");
    const isApposition = verbless && opener.pos === "DET" && tokens[j - 1]?.pos === "PROPN";
    if (PARENTHETICAL_OPENERS.has(opener.lower) || isApposition || (j + 2 === comma && opener.pos === "ADV")) return j;
    return undefined;
  }
  return undefined;
};

/** The noun phrase that ends at `end`, walking back to the previous verb, clause word or comma (lists and appositions kept). */
const phraseEndingAt = (tokens: readonly Token[], end: number, segments?: readonly number[]): [number, number] => {
  let i = end;
  while (i >= 0) {
    const t = tokens[i] as Token;
    // "A pilot who defected last year was found ...": the relative clause belongs to the noun before it.
    if (segments && i < end && segments[i] !== segments[end] && segments[i] !== 0) {
      const opener = segments.indexOf(segments[i] as number);
      if (opener > 0 && RELATIVES.has((tokens[opener] as Token).lower)) {
        i = opener - 1;
        continue;
      }
    }
    if (t.text === ",") {
      const open = parentheticalStart(tokens, i);
      if (open !== undefined) {
        i = open - 1;
        continue;
      }
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const inList = before?.pos === "PROPN" && (after?.pos === "PROPN" || after?.lower === "and");
      if (!inList) break;
      i--;
      continue;
    }
    // "A boss fell from a roof and a minister died": an "and" after a clause starts the subject of the next one.
    const joinsClauses =
      (t.lower === "and" || t.lower === "but") &&
      tokens.slice(0, i).some((before) => isVerb(before) && !before.lower.endsWith("ing"));
    // "Two suspected Russian spies": a participle before a modifier and its noun describes the noun.
    const adjectival =
      isVerb(t) &&
      i < end &&
      (tokens[i + 1]?.pos === "PROPN" || tokens[i + 1]?.pos === "ADJ") &&
      tokens[i + 2]?.pos === "NOUN" &&
      !SPEECH_VERBS.has(t.lemma);
    // "MADRID (Reuters) - A Russian pilot ...": a spaced hyphen is a dash.
    const dash = t.text === "-" && (tokens[i - 1]?.end ?? 0) < t.start;
    if (
      dash ||
      joinsClauses ||
      (isVerb(t) && !adjectival) ||
      t.pos === "AUX" ||
      t.pos === "SCONJ" ||
      (SUBORDINATORS.has(t.lower) && t.lower !== "as") ||
      CLAUSE_STOPS.has(t.text) ||
      RELATIVES.has(t.lower) ||
      (t.lower === "that" && t.pos !== "DET")
    ) {
      break;
    }
    i--;
  }
  return [i + 1, end];
};

/**
 * "A Russian national suspected of spying was detained": a participle (and its complement) after the subject's
 * noun describes it. Returns the noun's index when `at` ends such a modifier.
 */
const beforeParticiple = (tokens: readonly Token[], at: number): number | undefined => {
  for (let j = at; j >= 0 && at - j <= 5; j--) {
    const t = tokens[j] as Token;
    const participle = isVerb(t) && (t.lower.endsWith("ed") || t.lower.endsWith("en"));
    if (participle && ["NOUN", "PROPN", "ADJ"].includes(tokens[j - 1]?.pos ?? "")) return j - 1;
    if (!(isVerb(t) || t.pos === "ADP" || t.pos === "NOUN" || t.pos === "DET")) return undefined;
  }
  return undefined;
};

/**
 * "Poland's foreign minister announced that 45 diplomats would be expelled": the subject of the speech verb that
 * reports the head's clause, or undefined.
 */
export const speakerRange = (
  tokens: readonly Token[],
  head: number,
  segments: readonly number[],
): [number, number] | undefined => {
  for (let j = head - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.text === "." || t.text === ";") return undefined;
    if (t.pos === "VERB" && SPEECH_VERBS.has(t.lemma)) return subjectRange(tokens, j, segments);
  }
  return undefined;
};

/**
 * The surface subject of a verb, as a token range: for a gerund or infinitive, its governing verb's; for the
 * second of two coordinated verbs, the first's; for a relative clause, the noun it describes.
 */
export const subjectRange = (
  tokens: readonly Token[],
  head: number,
  segments: readonly number[],
  depth = 0,
): [number, number] | undefined => {
  if (depth > 4) return undefined;
  const governor = governingVerb(tokens, head);
  if (governor !== undefined) {
    // "charged two Russians with hacking": the governor's object does the governed act; "Russia was accused
    // of interfering", "responded by expelling": its subject does.
    const link = beforeAuxiliaries(tokens, head);
    const object = tokens.slice(governor + 1, link).some((t) => t.pos === "NOUN" || t.pos === "PROPN");
    const passiveGovernor = auxiliaries(tokens, governor).some((t) => BE.has(t.lemma));
    const charging = OBJECT_CONTROL.has((tokens[link] as Token).lower);
    if (object && charging && !passiveGovernor) return [governor + 1, link - 1];
    return subjectRange(tokens, governor, segments, depth + 1);
  }
  let i = beforeAuxiliaries(tokens, head);
  while (i >= 0 && (tokens[i] as Token).text === ",") {
    const open = parentheticalStart(tokens, i);
    if (open === undefined) break;
    i = open - 1;
  }
  // "A pilot who defected last year was found ...": step over the relative clause to the noun it describes.
  if (i >= 0 && segments[i] !== segments[head] && segments[i] !== 0 && !RELATIVES.has((tokens[i] as Token).lower)) {
    const opener = segments.indexOf(segments[i] as number);
    if (opener > 0 && RELATIVES.has((tokens[opener] as Token).lower)) i = opener;
  }
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (RELATIVES.has(t.lower)) {
    let j = i - 1;
    if (tokens[j]?.text === ",") j--;
    return j >= 0 ? phraseEndingAt(tokens, j) : undefined;
  }
  const coordinated = coordinatedWith(tokens, i, segments, (tokens[head] as Token).lower.endsWith("ing"));
  if (coordinated !== undefined) return subjectRange(tokens, coordinated, segments, depth + 1);
  const modified = beforeParticiple(tokens, i);
  if (modified !== undefined) return phraseEndingAt(tokens, modified, segments);
  if (t.lower === "it" || t.lower === "they") {
    // "Russia said it would expel ...": the pronoun is the speaker of the verb that reports the clause.
    let speech = i - 1;
    while (
      speech >= 0 &&
      !((tokens[speech] as Token).pos === "VERB" && SPEECH_VERBS.has((tokens[speech] as Token).lemma))
    ) {
      speech--;
    }
    return speech >= 0 ? subjectRange(tokens, speech, segments, depth + 1) : [i, i];
  }
  const range = phraseEndingAt(tokens, i, segments);
  return range[0] <= range[1] ? range : undefined;
};

/**
 * Where a verb's object (or a noun's complement) lies: after the head, to the next verb, clause boundary or
 * other trigger. `from` lets a pattern that spans its object ("send 35 diplomats home") start the search inside.
 */
export const objectRange = (
  tokens: readonly Token[],
  head: number,
  stop: number,
  segments: readonly number[],
  spanEnd: number,
): [number, number] => {
  let i = head + 1;
  while (i < stop && i < tokens.length) {
    const t = tokens[i] as Token;
    if (segments[i] !== segments[head]) break;
    if (i > spanEnd && (CLAUSE_STOPS.has(t.text) || t.pos === "AUX")) break;
    // A participle after a determiner or before a noun describes it ("the exiled businessman").
    const adjectival = tokens[i - 1]?.pos === "DET" || tokens[i - 1]?.pos === "ADJ" || tokens[i + 1]?.pos === "NOUN";
    if (i > spanEnd && isVerb(t) && !t.lower.endsWith("ing") && tokens[i - 1]?.pos !== "NOUN" && !adjectival) break;
    if (i > spanEnd && t.lower === "and" && isVerb(tokens[i + 1])) break;
    i++;
  }
  return [head + 1, i - 1];
};

/** The verb nearest before a noun in its clause, which governs it ("could increase the risk of sabotage"). */
export const verbBefore = (
  tokens: readonly Token[],
  index: number,
  segments: readonly number[],
): number | undefined => {
  for (let j = index - 1; j >= 0; j--) {
    if (segments[j] !== segments[index]) continue;
    const t = tokens[j] as Token;
    if (t.pos === "VERB" || (t.pos === "AUX" && (MODALS.has(t.lower) || t.lemma === "be"))) return j;
    if (t.text === ";" || t.text === ":") return undefined;
  }
  return undefined;
};
