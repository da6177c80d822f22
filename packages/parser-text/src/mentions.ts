import { type Gazetteer, lookupCountry, type OrganizationEntity, type PlaceMatch } from "@tradecraft/core";
import { TITLES } from "./lexicon";
import type { Sentence, Token } from "./sentences";

/**
 * What a sentence names: states (by name, demonym, capital or seat used for its government, or "that country"),
 * places, services and persons, each with the tokens it covers. Names are resolved through core's `Gazetteer`
 * contract, so any gazetteer works; without one, only country names are known (through core).
 */
export interface Mention {
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly kind: "country" | "demonym" | "capital" | "place" | "organization" | "person" | "reference";
  /** The state the mention can stand for as an actor (a country, a demonym's state, a capital's, a service's). */
  readonly state?: string;
  /** The place it names, when it names one. */
  readonly place?: PlaceMatch;
  readonly organization?: OrganizationEntity;
  /** The person's full name, as first written in the article. */
  readonly person?: string;
  /** The preposition right before it, lower case ("in", "from", "by"), if any, and its token index. */
  readonly preposition?: string;
  readonly prepositionAt?: number;
}

/** What the article has named so far: it resolves "that country" and a lone surname. */
export interface Discourse {
  lastState?: string;
  /** Surname (lower case) -> full name. */
  readonly persons: Map<string, string>;
}

const MONTHS_AND_DAYS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday"
    .split(" ")
    .concat(["jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."]),
);
/** Capitalised codes that news uses for states; other two-letter capitals ("AI", "IT", "TV") are not places. */
const STATE_CODES = new Set(["US", "UK", "USA", "UAE", "PRC", "DPRK", "ROK", "USSR", "FRG", "GDR"]);
/** Words that make a capitalised run an institution or a title, not a person's name. */
const NOT_PERSON = new Set(
  "war crisis revolution affair church cathedral museum weapons journal street service agency ministry directorate department university institute center centre council committee party union nations times post news court police army force forces guard bank group company affair air navy office house square republic federation kingdom states city region team centre foundation network press agency media tv radio daily herald telegraph guardian bureau intelligence security command general"
    .split(" ")
    .concat(["the", "of", "and"]),
);
const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "from",
  "to",
  "of",
  "outside",
  "around",
  "inside",
  "towards",
  "toward",
  "into",
  "across",
  "through",
  "over",
]);
const PLACE_NOUNS = new Set([
  "city",
  "cities",
  "town",
  "towns",
  "hotel",
  "soil",
  "territory",
  "capital",
  "village",
  "port",
]);
const MAX_SPAN = 6;

const isCapitalised = (token: Token) => /^[A-Z\u00C0-\u00DE]/.test(token.text);
const isNameToken = (token: Token) =>
  (token.pos === "PROPN" || (isCapitalised(token) && (token.pos === "NOUN" || token.pos === "ADJ"))) &&
  !MONTHS_AND_DAYS.has(token.lower);

const countryOnly = (name: string, gazetteer: Gazetteer | undefined): PlaceMatch | undefined => {
  if (gazetteer) {
    const place = gazetteer.lookupPlace(name);
    return place?.kind === "country" ? place : undefined;
  }
  const country = lookupCountry(name);
  if (country === undefined) return undefined;
  return {
    name: country.name,
    kind: "country",
    country: country.alpha2,
    lat: 0,
    lon: 0,
    precision: "country",
    matched: name,
  };
};

interface SpanContext {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly gazetteer: Gazetteer | undefined;
  readonly preposition: string | undefined;
  readonly afterPlace: boolean;
}

/** Resolves a run of tokens as a service, a place or a demonym, or nothing. */
const resolveSpan = (first: number, last: number, context: SpanContext): Omit<Mention, "preposition"> | undefined => {
  const { tokens, sentence, gazetteer } = context;
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  const text = sentence.text.slice(firstToken.start - sentence.start, lastToken.end - sentence.start);
  const single = first === last;
  if (single && /^[A-Z]{2,4}$/.test(text) && !STATE_CODES.has(text)) {
    const organization = gazetteer?.lookupOrganization(text);
    return organization
      ? { first, last, text, kind: "organization", organization, ...stateOf(organization) }
      : undefined;
  }
  const organization = gazetteer?.lookupOrganization(text);
  if (organization) return { first, last, text, kind: "organization", organization, ...stateOf(organization) };
  const country = countryOnly(text, gazetteer);
  if (country) return { first, last, text, kind: "country", state: country.country, place: country };
  if (!gazetteer) return undefined;
  if (last - first < 2) {
    const demonym = gazetteer.countryOfDemonym(text);
    if (demonym) return { first, last, text, kind: "demonym", state: demonym };
  }
  const place = gazetteer.lookupPlace(text);
  if (place === undefined) return undefined;
  if (place.metonymFor !== undefined) return { first, last, text, kind: "capital", state: place.metonymFor, place };
  // A lone capitalised word is a town only where a preposition or a list of places says so ("in Pskov").
  const placed = context.preposition !== undefined && PLACE_PREPOSITIONS.has(context.preposition);
  if (single && !placed && !context.afterPlace) return undefined;
  return { first, last, text, kind: "place", place };
};

/** A service acts for its state; an international organization (the EU, NATO) acts as itself, by its entity id. */
const stateOf = (organization: OrganizationEntity) => ({ state: organization.country ?? organization.id });

const prepositionBefore = (tokens: readonly Token[], index: number): { word: string; at: number } | undefined => {
  let i = index - 1;
  // "in southern Spain", "in a Berlin park", "in the U.S."
  if (tokens[i]?.pos === "ADJ" && !isCapitalised(tokens[i] as Token)) i--;
  if (tokens[i]?.lower === "the" || tokens[i]?.lower === "a" || tokens[i]?.lower === "an") i--;
  const token = tokens[i];
  return token && (token.pos === "ADP" || token.pos === "SCONJ" || token.lower === "to")
    ? { word: token.lower, at: i }
    : undefined;
};

const personName = (tokens: readonly Token[], first: number, last: number, sentence: Sentence) => {
  let from = first;
  while (from <= last && TITLES.has((tokens[from] as Token).lower)) from++;
  const words = tokens.slice(from, last + 1);
  if (words.length < 2 || words.length > 3) return undefined;
  if (!words.every((w) => /^[A-Z][a-z\u00E0-\u00FF'-]+$/.test(w.text) && !NOT_PERSON.has(w.lower))) return undefined;
  const a = words[0] as Token;
  const b = words.at(-1) as Token;
  return { first: from, text: sentence.text.slice(a.start - sentence.start, b.end - sentence.start) };
};

/**
 * Finds the mentions of a sentence, longest name first. Updates the discourse (last named state, persons) as it
 * reads, so that "that country" means the state named last before it.
 */
export const findMentions = (sentence: Sentence, gazetteer: Gazetteer | undefined, discourse: Discourse): Mention[] => {
  const { tokens } = sentence;
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const reference = referenceAt(tokens, i);
    if (reference > 0) {
      const end = i + reference - 1;
      mentions.push({
        first: i,
        last: end,
        text: sentence.text.slice(token.start - sentence.start, (tokens[end] as Token).end - sentence.start),
        kind: "reference",
        ...(discourse.lastState === undefined ? {} : { state: discourse.lastState }),
      });
      i = end + 1;
      continue;
    }
    if (!isNameToken(token) && !(token.lower === "the" && tokens[i + 1] && isNameToken(tokens[i + 1] as Token))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd + 1 < tokens.length && runEnd - i < MAX_SPAN - 1 && continuesName(tokens, runEnd + 1)) runEnd++;
    const previous = mentions.at(-1);
    const context: SpanContext = {
      tokens,
      sentence,
      gazetteer,
      preposition: prepositionBefore(tokens, i)?.word,
      afterPlace:
        previous !== undefined &&
        (previous.kind === "place" || previous.kind === "capital") &&
        tokens.slice(previous.last + 1, i).every((t) => t.text === "," || t.lower === "and" || t.lower === "or"),
    };
    let found: Omit<Mention, "preposition"> | undefined;
    // "The North Korean diplomat": the name after "the" first, then with it ("the Netherlands" either way).
    const starts = token.lower === "the" ? [i + 1, i] : [i];
    for (const start of starts) {
      for (let end = runEnd; end >= start && !found; end--) found = resolveSpan(start, end, context);
    }
    if (!found) {
      const stateWord = (t: Token) => gazetteer?.countryOfDemonym(t.text) !== undefined;
      // "Organisation for the Prohibition of Chemical Weapons": words after "of" in a longer name are no person.
      const before = tokens[i - 1]?.lower === "the" ? i - 2 : i - 1;
      const inName =
        ["of", "for", "and"].includes(tokens[before]?.lower ?? "") && isNameToken(tokens[before - 1] ?? token);
      const person =
        inName || tokens.slice(i, runEnd + 1).some(stateWord) ? undefined : personName(tokens, i, runEnd, sentence);
      const surname = person === undefined ? discourse.persons.get(token.lower) : undefined;
      if (person) {
        const key = person.text.split(" ").at(-1)?.toLowerCase() ?? "";
        if (!discourse.persons.has(key)) discourse.persons.set(key, person.text);
        found = { first: person.first, last: runEnd, text: person.text, kind: "person", person: person.text };
      } else if (surname && i === runEnd) {
        found = { first: i, last: i, text: token.text, kind: "person", person: surname };
      }
    }
    if (!found) {
      // A run that opens with "the" may still hold a name further on ("the Russian diplomatic mission").
      i = token.lower === "the" ? i + 1 : runEnd + 1;
      continue;
    }
    const preposition = prepositionBefore(tokens, found.first);
    mentions.push(
      preposition === undefined ? found : { ...found, preposition: preposition.word, prepositionAt: preposition.at },
    );
    if (found.state?.length === 2 && found.kind !== "place") discourse.lastState = found.state;
    i = found.last + 1;
  }
  return mentions;
};

const continuesName = (tokens: readonly Token[], index: number): boolean => {
  const token = tokens[index] as Token;
  if (isNameToken(token)) return true;
  // "Federal Security Service (FSB)", "Ministry of Defence"
  const next = tokens[index + 1];
  if (token.text === "(" && next && /^[A-Z]{2,6}$/.test(next.text) && tokens[index + 2]?.text === ")") return true;
  if (token.text === ")" && tokens[index - 2]?.text === "(") return true;
  return /^[A-Z]{2,6}$/.test(tokens[index - 1]?.text ?? "") && tokens[index - 2]?.text === "(" && token.text === ")";
};

/** "that country", "this country", "the country": the length of the reference at `index`, or 0. */
const referenceAt = (tokens: readonly Token[], index: number): number => {
  const a = tokens[index]?.lower;
  const b = tokens[index + 1]?.lower;
  return (a === "that" || a === "this" || a === "the") && b === "country" ? 2 : 0;
};

/** The country a demonym before a place noun names as a location ("one of the Spanish cities", "an Indian hotel"). */
export const demonymPlace = (mention: Mention, tokens: readonly Token[]): string | undefined =>
  mention.kind === "demonym" && PLACE_NOUNS.has(tokens[mention.last + 1]?.lower ?? "") ? mention.state : undefined;
