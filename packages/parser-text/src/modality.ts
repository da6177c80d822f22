import {
  ANAPHORIC_DETERMINERS,
  CONDITIONALS,
  GENERIC_DETERMINERS,
  IRREALIS_NOUNS,
  IRREALIS_VERBS,
  MODALS,
  NEGATIONS,
} from "./lexicon";
import type { Token } from "./sentences";
import { auxiliaries, governingVerb, isNegated, verbBefore } from "./syntax";

/**
 * Whether a trigger reports something that happened. Negated ("did not expel"), possible ("could expel"),
 * planned or wished ("plans to expel", "talks about allowing"), conditional ("if they expel"), habitual or
 * generic ("Russian agents eliminate critics", "these expulsions", "murder cases") statements are not events.
 */
export type Modality = "factual" | "negated" | "hypothetical" | "planned" | "conditional" | "generic" | "question";

const PRESENT_BE = new Set(["is", "are", "am", "'s", "'re"]);
/** Verbs whose past is their base form: "shut", "put", "set" cannot tell the tense. */
const INVARIANT_PAST = new Set([
  "shut",
  "put",
  "set",
  "cut",
  "hit",
  "let",
  "quit",
  "spread",
  "cast",
  "hurt",
  "burst",
  "upset",
  "shed",
  "split",
  "thrust",
  "bid",
]);
const PAST_OR_PERFECT = new Set(["was", "were", "had", "has", "have", "having", "did", "been", "'ve", "'d"]);

type Tense = "past" | "present" | "progressive" | "modal" | "governed";

const tenseOf = (tokens: readonly Token[], head: number): Tense => {
  const verb = tokens[head] as Token;
  if (PRESENT_BE.has(verb.lower) || verb.lower === "has" || verb.lower === "does") return "present";
  const aux = auxiliaries(tokens, head);
  if (aux.some((t) => MODALS.has(t.lower))) return "modal";
  if (aux.some((t) => PAST_OR_PERFECT.has(t.lower))) return "past";
  if (aux.some((t) => PRESENT_BE.has(t.lower))) return verb.lower.endsWith("ing") ? "progressive" : "present";
  if (tokens[head - 1]?.lower === "to" || verb.lower.endsWith("ing")) return "governed";
  if (INVARIANT_PAST.has(verb.lower)) return "past";
  if (verb.lower === verb.lemma || verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es`) {
    return "present";
  }
  return "past";
};

/** Verbs that report a decision taken: "said it would expel" tells what was decided, not what might be. */
const ANNOUNCING = new Set(["say", "announce", "decide", "declare", "confirm", "tell", "state"]);

/** "would" in the past of a statement or a decision ("Russia said it would expel 20 diplomats"). */
const announced = (tokens: readonly Token[], verb: number): boolean => {
  const modal = auxiliaries(tokens, verb).find((t) => MODALS.has(t.lower));
  if (modal?.lower !== "would" && modal?.lower !== "'d") return false;
  return tokens
    .slice(0, verb)
    .some((t) => t.pos === "VERB" && ANNOUNCING.has(t.lemma) && t.lower !== t.lemma && !t.lower.endsWith("s"));
};

/** The chain of verbs that govern a head through "to", a preposition or a gerund, nearest first (at most three). */
const governors = (tokens: readonly Token[], head: number): number[] => {
  const chain: number[] = [];
  let current: number | undefined = head;
  while (chain.length < 3) {
    current = governingVerb(tokens, current);
    if (current === undefined) break;
    chain.push(current);
  }
  return chain;
};

export interface ModalityInput {
  readonly tokens: readonly Token[];
  readonly segments: readonly number[];
  readonly head: number;
  readonly first: number;
  readonly last: number;
  readonly nominal: boolean;
  /** Headlines are written in the present: their tense says nothing. */
  readonly heading: boolean;
  /** A number in the patient makes a present progressive an announcement ("is expelling 23 diplomats"). */
  readonly counted: boolean;
}

const LIST_MARKERS = new Set(["such", "like", "including"]);
/** Nouns that report one occurrence in the plural ("talks", "negotiations took place in ..."). */
const LEXICAL_PLURALS = new Set(["talks", "sanctions", "arms", "negotiations", "consultations", "discussions"]);

/** "the deaths of banker Igor Lebedev", "the expulsions of 45 diplomats": a plural with its own patients. */
const ofSomeone = (tokens: readonly Token[], last: number): boolean => {
  if (tokens[last + 1]?.lower !== "of") return false;
  const next = tokens.slice(last + 2, last + 6);
  return next.some((t) => t.pos === "NUM") || next.some((t, i) => t.pos === "PROPN" && next[i + 1]?.pos === "PROPN");
};

const nominalModality = (input: ModalityInput): Modality | undefined => {
  const { tokens, head } = input;
  const noun = tokens[head] as Token;
  const plural = noun.lower !== noun.lemma && noun.lower.endsWith("s") && !LEXICAL_PLURALS.has(noun.lower);
  const before = tokens[head - 1];
  const dated = before !== undefined && (before.pos === "NUM" || /^\d{4}$/.test(before.text));
  if (plural && !dated && !ofSomeone(tokens, input.last)) return "generic";
  // "murder cases", "poisoning incidents": the noun only classifies another.
  const after = tokens[input.last + 1];
  if (after?.pos === "NOUN" && !LEXICAL_PLURALS.has(noun.lower)) return "generic";
  for (let j = head - 1; j >= Math.max(0, head - 6); j--) {
    const t = tokens[j] as Token;
    if (t.pos === "VERB" || t.text === "," || t.text === ";") break;
    if (ANAPHORIC_DETERMINERS.has(t.lower) && t.pos !== "SCONJ") return "generic";
    if (GENERIC_DETERMINERS.has(t.lower)) return "generic";
    if (NEGATIONS.has(t.lower)) return "negated";
    if (t.lower === "of" && IRREALIS_NOUNS.has(tokens[j - 1]?.lemma ?? "")) return "hypothetical";
    if (LIST_MARKERS.has(t.lower) && (t.lower !== "such" || tokens[j + 1]?.lower === "as")) return "generic";
  }
  return undefined;
};

export const modalityOf = (input: ModalityInput): Modality => {
  const { tokens, segments, head } = input;
  if (tokens.at(-1)?.text === "?") return "question";
  const opener = tokens.findIndex((_token, i) => segments[i] === segments[head]);
  if (CONDITIONALS.has(tokens[opener]?.lower ?? "") || CONDITIONALS.has(tokens[0]?.lower ?? "")) return "conditional";
  if (input.nominal) {
    const nominal = nominalModality(input);
    if (nominal) return nominal;
    const verb = verbBefore(tokens, head, segments);
    if (verb === undefined) return "factual";
    return verbModality(tokens, verb, input, true);
  }
  return verbModality(tokens, head, input, false);
};

/**
 * Walks from the head up the verbs that govern it. `governsNoun` says the head is the verb before a noun trigger
 * ("considering sanctions", "plotting sabotage"), whose own meaning counts.
 */
const verbModality = (tokens: readonly Token[], head: number, input: ModalityInput, governsNoun: boolean): Modality => {
  const chain = [head, ...governors(tokens, head)];
  for (const verb of chain) {
    const word = tokens[verb] as Token;
    if (isNegated(tokens, verb)) return "negated";
    // A gerund the tagger took for a noun keeps a noun's lemma ("planning"): its verb stems count too.
    const irrealis = [word.lemma, ...word.stems].some((l) => IRREALIS_VERBS.has(l) || IRREALIS_NOUNS.has(l));
    if ((verb !== head || governsNoun) && irrealis) return "planned";
    // "plans to", "the decision to": a noun governor says nothing of tense.
    if (word.pos === "NOUN") return "factual";
    const tense = tenseOf(tokens, verb);
    if (tense === "modal") return announced(tokens, verb) ? "factual" : "hypothetical";
    if (word.pos === "AUX" && word.lemma === "be") return tense === "present" && !input.heading ? "generic" : "factual";
    if (input.heading || tense === "governed") continue;
    if (tense === "present" && !governsNoun) return "generic";
    if (tense === "progressive" && !input.counted && !governsNoun) return "generic";
    return "factual";
  }
  return "factual";
};
