import { countryName, type Gazetteer } from "@tradecraft/core";
import { type Candidate, readSentence, type SentenceReading } from "./candidates";
import type { Mention } from "./mentions";
import { mergeCandidates, sameAcrossSentences, sameInSentence } from "./merge";
import { countryPlace, fromMatch } from "./places";
import { TYPE_ROLES } from "./roles";
import { readSentences, type Sentence } from "./sentences";

export interface ExtractOptions {
  /** Resolves countries, demonyms, capitals, services and places; without it only country names are known. */
  readonly gazetteer?: Gazetteer | undefined;
  /** The article's publication date (YYYY-MM-DD or a timestamp): anchors "last month", "on Friday". */
  readonly published?: string | undefined;
  readonly publisher?: string | undefined;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
}

/** An event as the parser proposes it: core's common fields and the type's own, to be checked by a registry. */
export type ExtractedEvent = Record<string, unknown> & { id: string; type: string };

/** How far back (in sentences) a sentence may take the actors of the previous event of its type. */
const CARRY_DISTANCE = 2;

/** Readings in one sentence that state one event become one ("a meeting ... where officials discussed"). */
const mergeWithinSentence = (candidates: readonly Candidate[]): Candidate[] => {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const index = out.findIndex((c) => sameInSentence(c, candidate));
    if (index >= 0) out[index] = mergeCandidates(out[index] as Candidate, candidate);
    else out.push(candidate);
  }
  // Coordinated acts of one state share their target ("expelled 60 Russian diplomats and shut the consulate").
  for (const c of out) {
    if (c.target !== undefined || c.initiator === undefined || TYPE_ROLES[c.type]?.actors !== "agent-patient") continue;
    const sibling = out.find((o) => o !== c && o.initiator === c.initiator && o.target !== undefined);
    if (sibling?.target) {
      c.target = sibling.target;
      c.inherited = true;
    }
  }
  return out;
};

/** A sentence that continues the previous one takes its missing actors ("another 10 were expelled"). */
const carryActors = (readings: readonly { sentence: Sentence; candidates: Candidate[] }[]) => {
  const seen: Candidate[] = [];
  for (const { candidates } of readings) {
    for (const c of candidates) {
      const carry = TYPE_ROLES[c.type]?.carry ?? [];
      if (carry.length > 0 && carry.every((slot) => c[slot] === undefined)) {
        const previous = [...seen]
          .reverse()
          .find(
            (p) => p.type === c.type && c.sentence.index - p.sentence.index <= CARRY_DISTANCE && !p.sentence.heading,
          );
        for (const slot of carry) {
          const value = previous?.[slot];
          if (value !== undefined && value !== (slot === "initiator" ? c.target : c.initiator)) {
            c[slot] = value;
            c.inherited = true;
          }
        }
      }
      seen.push(c);
    }
  }
};

const ANAPHORIC_OPENERS = new Set(["this", "that", "it", "these", "there", "they"]);

/**
 * A sentence that only elaborates on the one before ("This gives an idea of how many spies were in Paris") lends
 * it the place it names, when the event has none of its own.
 */
const placeFromElaboration = (c: Candidate, readings: readonly SentenceReading[]) => {
  if (c.place !== undefined) return;
  const next = readings[c.sentence.index + 1];
  if (next === undefined || next.candidates.length > 0 || next.sentence.heading) return;
  if (!ANAPHORIC_OPENERS.has(next.sentence.tokens[0]?.lower ?? "")) return;
  const between = next.sentence.start - c.sentence.end;
  if (between > 3) return;
  const place = next.mentions.find((m) => m.place && m.preposition === "in" && m.kind !== "country");
  if (place?.place) c.place = fromMatch(place.place, place.text, true);
};

/** The expelling or arresting state acts on its own territory: a stated place names it when the text does not. */
const initiatorFromPlace = (c: Candidate) => {
  const rule = TYPE_ROLES[c.type]?.initiatorFromPlace;
  if (rule === undefined || c.initiator !== undefined || !c.place?.stated) return;
  if (c.place.country !== c.target) c.initiator = c.place.country;
};

/** The place by the type's convention when the text names none: an expulsion happens in the expelling state. */
const applyDefaultPlace = (c: Candidate, gazetteer: Gazetteer | undefined) => {
  const rule = TYPE_ROLES[c.type]?.defaultPlace;
  if (c.place !== undefined || rule === undefined) return;
  const code = rule === "initiator" ? c.initiator : c.target;
  if (code !== undefined) c.place = countryPlace(code, gazetteer, countryName(code) ?? code, false);
};

/** A place named only as a country gets the town the article places the same person in ("the town of X"). */
const refinePlace = (c: Candidate, readings: readonly SentenceReading[]) => {
  if (c.place === undefined || c.place.city !== undefined || c.persons.length === 0) return;
  const surnames = new Set(c.persons.map((p) => p.toLowerCase().split(" ").at(-1)));
  const country = c.place.country;
  for (const { mentions } of readings) {
    const about = mentions.some((m) => m.kind === "person" && surnames.has(m.person?.toLowerCase().split(" ").at(-1)));
    if (!about) continue;
    const town = mentions.find(
      (m: Mention) => m.kind === "place" && m.place?.kind === "city" && m.place.country === country,
    );
    if (town?.place) {
      c.place = fromMatch(town.place, town.text, true);
      return;
    }
  }
};

/** Whether a reading says enough to be an event: an actor, or for actorless types a person or a place. */
const complete = (c: Candidate): boolean => {
  const roles = TYPE_ROLES[c.type];
  if (roles === undefined) return false;
  if (roles.needsWhenOrWhere && c.date === undefined && !c.place?.stated) return false;
  if (roles.initiatorFromPlace === "required" && c.initiator === undefined) return false;
  const hasActor = c.initiator !== undefined || c.target !== undefined;
  switch (roles.actors) {
    case "none":
      return c.persons.length > 0 || c.place?.stated === true;
    case "attack":
    case "influence":
      return hasActor || c.persons.length > 0 || c.place?.stated === true;
    case "parties":
      // "The largest prisoner exchange ... took place in Ankara on 1 August": concrete without its parties.
      return hasActor || (c.place?.stated === true && c.date !== undefined);
    default:
      return hasActor;
  }
};

/** Readings of the same event across the article merge; a headline's readings only confirm the body's. */
const mergeArticle = (candidates: readonly Candidate[]): Candidate[] => {
  const body: Candidate[] = [];
  for (const c of candidates.filter((c) => !c.sentence.heading)) {
    const index = body.findIndex((b) => b.sentence !== c.sentence && sameAcrossSentences(b, c));
    if (index >= 0) body[index] = mergeCandidates(body[index] as Candidate, c);
    else body.push(c);
  }
  for (const c of candidates.filter((c) => c.sentence.heading)) {
    const index = body.findIndex((b) => sameAcrossSentences(b, c));
    if (index >= 0) body[index] = mergeCandidates(body[index] as Candidate, c);
  }
  return body;
};

/**
 * Extracts the events an article reports, in the order it first states them. Pure and synchronous: the parser
 * plugin wraps it for streams.
 */
export const extractEvents = (text: string, options: ExtractOptions = {}): ExtractedEvent[] => {
  const { gazetteer, published } = options;
  const discourse = { persons: new Map<string, string>() };
  const readings = readSentences(text).map((sentence) => readSentence(sentence, gazetteer, discourse, published));
  const merged = readings.map((r) => ({ ...r, candidates: mergeWithinSentence(r.candidates) }));
  carryActors(merged);
  const candidates = merged.flatMap((r) => r.candidates);
  for (const c of candidates) {
    placeFromElaboration(c, readings);
    initiatorFromPlace(c);
    applyDefaultPlace(c, gazetteer);
    refinePlace(c, readings);
  }
  const events = mergeArticle(candidates.filter(complete)).sort((a, b) => a.sentence.start - b.sentence.start);
  const prefix = `txt-${hashText(text)}`;
  return events.map((c, n) => toEvent(c, `${prefix}-${n + 1}`, text, options));
};

/** FNV-1a, 32 bits, as 8 hex digits: ids stay the same for the same text. */
const hashText = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
};

const LABELS: Readonly<Record<string, string>> = {
  expulsion: "expelled diplomats of",
  mission_closure: "closed a mission of",
  mission_opening: "opened a mission of",
  property_seizure: "seized property of",
  talks: "held talks with",
  arrest: "arrested people said to serve",
  charge: "charged people said to serve",
  conviction: "convicted people said to serve",
  defection: "received a defector from",
  exposure: "exposed agents of",
  prisoner_exchange: "exchanged prisoners with",
  sanction: "imposed sanctions on",
  presence: "has staff in",
  influence_operation: "interfered in the politics of",
};

const name = (code: string | undefined) => (code === undefined ? undefined : (countryName(code) ?? code));

/** A neutral one-line summary built from the fields, never the sentence itself. */
const summarize = (c: Candidate): string => {
  const type = c.type.replace(/_/g, " ");
  const parts: string[] = [];
  const [initiator, target] = [name(c.initiator), name(c.target)];
  const label = LABELS[c.type];
  if (label && (initiator || target)) parts.push(`${initiator ?? "A state"} ${label} ${target ?? "another state"}`);
  else parts.push(`${type[0]?.toUpperCase()}${type.slice(1)}${initiator ? ` attributed to ${initiator}` : ""}`);
  if (c.persons.length > 0) parts.push(`persons: ${c.persons.join(", ")}`);
  if (c.count?.count !== undefined)
    parts.push(
      `count: ${c.count.count}${c.count.qualifier === "exact" ? "" : ` (${c.count.qualifier?.replace(/_/g, " ")})`}`,
    );
  else if (c.count?.qualifier) parts.push(`count: ${c.count.qualifier}`);
  if (c.place) parts.push(`place: ${[c.place.city, name(c.place.country)].filter(Boolean).join(", ")}`);
  if (c.date) parts.push(`date: ${c.date}`);
  return `${parts.join("; ")}.`;
};

/** How sure the reading is: lower for nouns than verbs, for borrowed actors, for reported and alleged claims. */
const confidenceOf = (c: Candidate): number => {
  let confidence = 0.9;
  if (c.nominal) confidence -= 0.1;
  if (c.inherited) confidence -= 0.15;
  if (c.trigger.rule.requires !== undefined) confidence -= 0.1;
  if (c.attribution?.status === "reported") confidence -= 0.1;
  if (c.attribution?.status === "alleged") confidence -= 0.2;
  if (c.also.length > 0) confidence += 0.05;
  return Math.round(Math.min(0.95, Math.max(0.2, confidence)) * 100) / 100;
};

const citation = (sentence: Sentence, text: string, options: ExtractOptions) => {
  const title = options.title ?? firstLine(text);
  return {
    ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
    ...(title === undefined ? {} : { title }),
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.published === undefined ? {} : { published: options.published }),
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
  };
};

/** The article's first non-empty line, as its title when none is given (a citation must name its source). */
const firstLine = (text: string): string | undefined => {
  const line = text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "");
  return line === undefined ? undefined : line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

const toEvent = (c: Candidate, id: string, text: string, options: ExtractOptions): ExtractedEvent => {
  const roles = TYPE_ROLES[c.type];
  const place = c.place;
  const location = place && {
    name: place.name,
    ...(place.city === undefined ? {} : { city: place.city }),
    ...(place.admin1 === undefined ? {} : { admin1: place.admin1 }),
    country: place.country,
    ...(place.lat === undefined || place.lon === undefined ? {} : { lat: place.lat, lon: place.lon }),
    precision: place.precision,
    ...(place.geonameId === undefined ? {} : { geonameId: place.geonameId }),
  };
  const missionCity = (c.type === "mission_closure" || c.type === "mission_opening") && place?.city;
  return {
    id,
    type: c.type,
    ...(c.date === undefined ? {} : { date: c.date }),
    ...(c.initiator === undefined ? {} : { initiator: c.initiator }),
    ...(c.target === undefined ? {} : { target: c.target }),
    ...(c.persons.length === 0
      ? {}
      : { participants: c.persons.map((person) => ({ name: person, role: roles?.participantRole ?? "subject" })) }),
    ...(location === undefined ? {} : { location }),
    ...(c.count?.count === undefined ? {} : { count: c.count.count }),
    ...(c.count?.qualifier === undefined ? {} : { countQualifier: c.count.qualifier }),
    summary: summarize(c),
    sources: [c.sentence, ...c.also].map((s) => citation(s, text, options)),
    ...(c.attribution === undefined
      ? {}
      : {
          attribution: {
            status: c.attribution.status,
            ...(c.attribution.by?.length ? { by: [...c.attribution.by] } : {}),
          },
        }),
    confidence: confidenceOf(c),
    ...c.fields,
    ...(missionCity ? { missionCity } : {}),
  };
};
