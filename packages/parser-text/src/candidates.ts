import type { Gazetteer } from "@tradecraft/core";
import { type ArgumentInput, findActors, meetsRequirement } from "./arguments";
import { type Attribution, attributionOf } from "./attribution";
import { type Count, findCount } from "./counts";
import { type DateMention, findDates } from "./dates";
import { KIN, WORD_CLASSES } from "./lexicon";
import { type Discourse, findMentions, type Mention } from "./mentions";
import { modalityOf } from "./modality";
import { type EventPlace, findPlace } from "./places";
import { TYPE_ROLES } from "./roles";
import type { Sentence, Token } from "./sentences";
import { governingVerb, isPassive, objectRange, segmentTokens, speakerRange, subjectRange, verbBefore } from "./syntax";
import { findTriggers, type Trigger } from "./triggers";

/** An event as read from one trigger in one sentence, before the article-level steps (carry-over, merging). */
export interface Candidate {
  readonly type: string;
  readonly sentence: Sentence;
  readonly trigger: Trigger;
  initiator?: string;
  target?: string;
  readonly persons: readonly string[];
  readonly count?: Count;
  readonly date?: string;
  place?: EventPlace;
  readonly attribution?: Attribution;
  readonly fields: Record<string, unknown>;
  readonly nominal: boolean;
  /** Token range of the verb's subject, when it has one. */
  readonly subject?: readonly [number, number];
  /** Actors taken from an earlier sentence or a sibling event. */
  inherited: boolean;
  /** Further sentences that state the same event. */
  readonly also: Sentence[];
}

export interface SentenceReading {
  readonly sentence: Sentence;
  readonly mentions: readonly Mention[];
  readonly candidates: Candidate[];
}

const NO_ONE = new Set(["no", "nobody", "none", "neither", "no-one"]);

const MISSION_KINDS: Readonly<Record<string, string>> = {
  embassy: "embassy",
  consulate: "consulate",
  "consulate-general": "consulate_general",
  mission: "other",
  legation: "embassy",
};

const datesByToken = (sentence: Sentence, published: string | undefined): { date: DateMention; token: number }[] =>
  findDates(sentence.text, published).map((date) => {
    const offset = sentence.start + date.start;
    const token = sentence.tokens.findIndex((t) => t.end > offset);
    return { date, token: token < 0 ? sentence.tokens.length - 1 : token };
  });

/**
 * The date of a trigger: the nearest date in its clause, else a date that opens the sentence ("In 2018, ...")
 * when the trigger is in the main clause.
 */
const dateFor = (
  dates: readonly { date: DateMention; token: number }[],
  head: number,
  segments: readonly number[],
  tokens: readonly Token[],
): string | undefined => {
  // "..., Spanish media reported on Wednesday": a date after a clause comma is the report's.
  const comma = clauseComma(tokens, head);
  const sameClause = dates
    .filter((d) => segments[d.token] === segments[head] && (comma < 0 || d.token < comma))
    .sort((a, b) => Math.abs(a.token - head) - Math.abs(b.token - head));
  if (sameClause[0]) return sameClause[0].date.edtf;
  if (segments[head] !== 0) return undefined;
  const firstVerb = tokens.findIndex((t) => t.pos === "VERB");
  return dates.find((d) => d.token < firstVerb)?.date.edtf;
};

/** Persons and their relatives counted as the people an event happened to ("X, his wife and daughter" = 3). */
const personalCount = (persons: readonly Mention[], tokens: readonly Token[], range: readonly [number, number]) => {
  if (persons.length === 0) return undefined;
  const kin = tokens.slice(range[0], range[1] + 1).filter((t) => KIN.has(t.lower)).length;
  return persons.length + kin;
};

const typeFields = (type: string, trigger: Trigger, tokens: readonly Token[], window: readonly [number, number]) => {
  const fields: Record<string, unknown> = { ...trigger.rule.fields };
  const words = tokens.slice(window[0], window[1] + 1);
  if (type === "expulsion") {
    if (trigger.pattern.includes("grata")) fields.personaNonGrata = true;
    const staff = words.find((t) => WORD_CLASSES.staff?.has(t.lemma) && t.lemma !== "member");
    if (staff) fields.role = staff.lemma === "diplomats" ? "diplomat" : staff.lemma;
  }
  if (type === "mission_closure" || type === "mission_opening") {
    const mission = words.find((t) => MISSION_KINDS[t.lemma]);
    if (mission) {
      const general = words[words.indexOf(mission) + 1]?.lower === "general";
      fields.missionKind = general ? "consulate_general" : MISSION_KINDS[mission.lemma];
    }
  }
  if (type === "escape") {
    const custody = words.find((t) => WORD_CLASSES.custody?.has(t.lemma));
    if (custody) {
      const house = words[words.indexOf(custody) - 1]?.lower === "house";
      fields.custody = house ? "house_arrest" : custody.lemma === "custody" ? "detention" : "prison";
    }
  }
  if (type === "assassination" && trigger.pattern.startsWith("shoot|shot")) fields.method = "shooting";
  return fields;
};

/**
 * Reads every trigger of a sentence into candidates: modality first (what did not happen is no event), then
 * arguments, count, date, place and attribution. Lists of initiators fan out into one candidate each.
 */
export const readSentence = (
  sentence: Sentence,
  gazetteer: Gazetteer | undefined,
  discourse: Discourse,
  published: string | undefined,
): SentenceReading => {
  const { tokens } = sentence;
  const mentions = findMentions(sentence, gazetteer, discourse);
  const triggers = findTriggers(tokens);
  if (triggers.length === 0) return { sentence, mentions, candidates: [] };
  const segments = segmentTokens(tokens);
  const dates = datesByToken(sentence, published);
  const candidates: Candidate[] = [];
  triggers.forEach((trigger, n) => {
    const roles = TYPE_ROLES[trigger.rule.type];
    if (roles === undefined) return;
    const head = trigger.head;
    const headToken = tokens[head] as Token;
    const nominal = headToken.pos === "NOUN" || headToken.pos === "PROPN";
    const passive = !nominal && isPassive(tokens, head, segments);
    const next = triggers[n + 1]?.first ?? tokens.length;
    const object = objectRange(tokens, head, next, segments, trigger.last);
    const subject = nominal ? undefined : subjectRange(tokens, head, segments);
    const governorIndex = nominal ? verbBefore(tokens, head, segments) : undefined;
    const governor =
      governorIndex === undefined
        ? undefined
        : { lemma: (tokens[governorIndex] as Token).lemma, subject: subjectRange(tokens, governorIndex, segments) };
    const input: ArgumentInput = {
      tokens,
      mentions,
      roles,
      head,
      first: trigger.first,
      passive,
      nominal,
      subject,
      object,
      ...(governor ? { governor } : {}),
      ...(passive ? { speaker: speakerRange(tokens, head, segments) } : {}),
    };
    const patientRange = passive || roles.subjectIsPatient ? (subject ?? object) : object;
    const countRange: readonly [number, number] =
      trigger.rule.requires === "counted-staff" ? [trigger.first, object[1]] : patientRange;
    const stated = findCount(tokens, countRange[0], countRange[1]);
    const modality = modalityOf({
      tokens,
      segments,
      head,
      first: trigger.first,
      last: trigger.last,
      nominal,
      heading: sentence.heading || roles.stative === true,
      counted: stated?.count !== undefined,
    });
    if (modality !== "factual") return;
    // "No diplomats were expelled", "nobody has been charged".
    if (subject && tokens.slice(subject[0], subject[1] + 1).some((t) => NO_ONE.has(t.lower))) return;
    if (roles.subjectIsPatient && !nominal && isGenericGroup(tokens, subject, mentions)) return;
    const actors = findActors(input, trigger.rule.requires);
    if (!meetsRequirement(trigger.rule.requires, input, actors, stated?.count !== undefined)) return;
    const personCount = roles.personal ? personalCount(actors.persons, tokens, patientRange) : undefined;
    const count: Count | undefined =
      stated ?? (personCount === undefined ? undefined : { count: personCount, qualifier: "exact", at: head });
    // The place is told with the object, before the sentence moves on to another clause after a comma ("..., the
    // ministry in Oslo said"); an apposition after a comma goes on with the object ("X, a banker, near Barcelona").
    const comma = clauseComma(tokens, trigger.last);
    const window: [number, number] = [
      trigger.first,
      Math.min(Math.max(object[1], trigger.last), comma < 0 ? tokens.length : comma - 1),
    ];
    // A noun is often the subject of its clause: "a meeting was held in Istanbul", "the talks took place in Riyadh".
    const placeEnd = nominal ? Math.min(next, comma < 0 ? tokens.length : comma) - 1 : window[1];
    const ownClause = mentions.filter((m) => segments[m.first] === segments[head]);
    // A place that opens the sentence sets the scene for its main clause ("In Moscow, police arrested ...").
    const firstVerb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    const opening: [number, number] = [0, (firstVerb < 0 ? trigger.first : Math.min(trigger.first, firstVerb)) - 1];
    // "met in Geneva to discuss": a governed verb happens where its governor does.
    const governed = nominal ? undefined : governingVerb(tokens, head);
    const place =
      findPlace(ownClause, tokens, [window[0], placeEnd], gazetteer) ??
      (governed === undefined ? undefined : findPlace(mentions, tokens, [governed, trigger.first - 1], gazetteer)) ??
      (segments[head] === 0 ? findPlace(mentions, tokens, opening, gazetteer) : undefined);
    const attribution = attributionOf(tokens, mentions, head, governorIndex);
    const date = dateFor(dates, head, segments, tokens);
    const initiators = actors.initiators.length > 0 ? actors.initiators : [undefined];
    // "Britain and the Soviet Union expelled each other's diplomats": each is the other's target.
    const mutual = initiators.length === 2 && hasEachOther(tokens, object);
    for (const initiator of initiators) {
      const target = mutual ? initiators.find((other) => other !== initiator) : actors.target;
      candidates.push({
        type: trigger.rule.type,
        sentence,
        trigger,
        ...(initiator === undefined ? {} : { initiator }),
        ...(target === undefined || target === initiator ? {} : { target }),
        persons: [...new Set(actors.persons.map((p) => p.person as string))],
        ...(count === undefined ? {} : { count }),
        ...(date === undefined ? {} : { date }),
        ...(place === undefined ? {} : { place }),
        ...(attribution === undefined ? {} : { attribution }),
        fields: typeFields(trigger.rule.type, trigger, tokens, window),
        nominal,
        ...(subject === undefined ? {} : { subject }),
        inherited: false,
        also: [],
      });
    }
  });
  return { sentence, mentions, candidates };
};

const hasEachOther = (tokens: readonly Token[], range: readonly [number, number]) =>
  tokens.some((t, i) => i >= range[0] && i < range[1] && t.lower === "each" && tokens[i + 1]?.lower === "other");

/** The first comma after `from` that opens a clause (a verb before the next comma), or -1. */
const clauseComma = (tokens: readonly Token[], from: number): number => {
  for (let i = from + 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== ",") continue;
    for (let j = i + 1; j < tokens.length && (tokens[j] as Token).text !== ","; j++) {
      const t = tokens[j] as Token;
      if (t.pos === "VERB" || t.pos === "AUX") return i;
    }
  }
  return -1;
};

/** "Businessmen were found hanged", "famous Russians have died": a bare plural group is a generalisation. */
const isGenericGroup = (
  tokens: readonly Token[],
  subject: readonly [number, number] | undefined,
  mentions: readonly Mention[],
): boolean => {
  if (subject === undefined) return false;
  const words = tokens.slice(subject[0], subject[1] + 1);
  const hasPerson = mentions.some((m) => m.kind === "person" && m.first >= subject[0] && m.last <= subject[1]);
  const plural = words.some(
    (t) =>
      (t.pos === "NOUN" || t.pos === "PROPN") &&
      (t.lower !== t.lemma || (t.lower.endsWith("s") && !t.lower.endsWith("ss"))),
  );
  const determined = words.some((t) => t.pos === "DET" || t.pos === "NUM" || t.pos === "PRON");
  return plural && !determined && !hasPerson;
};
