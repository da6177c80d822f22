import { WORD_CLASSES } from "./lexicon";
import type { Mention } from "./mentions";
import type { TypeRoles } from "./roles";
import type { Token } from "./sentences";
import type { Requirement } from "./triggers";

/**
 * Who did what to whom: the actors of one trigger, read from the mentions in its subject and object and from
 * the prepositions that introduce them, by the rule of its type (`roles.ts`).
 */

/** Prepositions after which a state is a place or a time, not a party ("in Russia", "after the invasion of Ukraine"). */
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "inside",
  "outside",
  "across",
  "throughout",
  "into",
  "on",
  "during",
  "since",
  "after",
  "before",
  "within",
  "through",
  "around",
  "towards",
  "toward",
]);
/** Nouns for people who serve a state in secret: their state is the one the arrested are said to serve. */
const SERVICE_NOUNS = new Set(["spy", "agent", "officer", "operative", "intelligence", "informant", "asset", "mole"]);
/** Verbs whose subject does what the noun they govern names ("Moscow announced the expulsion of ..."). */
const AGENTIVE_GOVERNORS = new Set([
  "announce",
  "order",
  "decide",
  "confirm",
  "complete",
  "begin",
  "launch",
  "conduct",
  "declare",
  "approve",
  "carry",
  "hold",
  "stage",
  "host",
  "run",
  "mount",
  "wage",
  "organize",
  "organise",
  "orchestrate",
]);

export type Range = readonly [number, number];

export interface ArgumentInput {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly roles: TypeRoles;
  readonly head: number;
  /** The trigger's first token ("plot" in "a Russian plot to kill"). */
  readonly first: number;
  readonly passive: boolean;
  readonly nominal: boolean;
  readonly subject: Range | undefined;
  readonly object: Range;
  /** The verb before a nominal trigger, and its subject. */
  readonly governor?: { readonly lemma: string; readonly subject: Range | undefined };
  /** The subject of the speech verb that reports the trigger's clause, if any. */
  readonly speaker?: Range | undefined;
}

export interface Actors {
  /** More than one initiator fans the event out, one per state ("France, Germany and Italy expelled ..."). */
  readonly initiators: readonly string[];
  readonly target?: string;
  /** The states the persons serve or come from, for requirements and defections. */
  readonly persons: readonly Mention[];
}

const within = (m: Mention, range: Range | undefined) =>
  range !== undefined && m.first >= range[0] && m.last <= range[1];
const isActor = (m: Mention) =>
  m.state !== undefined && m.kind !== "place" && m.kind !== "person" && !LOCATIVE.has(m.preposition ?? "");
/** In a subject, a preposition before the phrase ("after Russia was accused") does not make it a place. */
const isSubjectActor = (range: Range | undefined) => (m: Mention) =>
  isActor(m) ||
  (m.state !== undefined &&
    m.kind !== "place" &&
    m.kind !== "person" &&
    range !== undefined &&
    (m.prepositionAt ?? -1) < range[0]);

/** Mentions that follow one another with only commas and "and"/"or" between them. */
const listGroups = (mentions: readonly Mention[], tokens: readonly Token[]): Mention[][] => {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const last = groups.at(-1)?.at(-1);
    const joined =
      last !== undefined &&
      tokens
        .slice(last.last + 1, m.first)
        .every((t) => t.text === "," || t.lower === "and" || t.lower === "or" || t.lower === "the");
    if (joined) groups.at(-1)?.push(m);
    else groups.push([m]);
  }
  return groups;
};

const states = (mentions: readonly Mention[]) => [...new Set(mentions.map((m) => m.state as string))];

/** The agent side: the first list of actors in the subject, or "by X" after a passive. */
const agentMentions = (input: ArgumentInput): Mention[] => {
  const { tokens, mentions, object, passive, nominal, subject, governor, head } = input;
  if (passive || nominal) {
    const by = mentions.filter((m) => within(m, object) && m.preposition === "by" && m.state !== undefined);
    if (by.length > 0) return by;
  }
  if (nominal) {
    const possessive = mentions.find((m) => m.last < head && m.last >= head - 4 && tokens[m.last + 1]?.text === "'s");
    if (possessive?.state) return [possessive];
    const modifier = mentions.find(
      (m) =>
        m.state !== undefined &&
        (m.kind === "demonym" || m.kind === "organization") &&
        m.last < input.first &&
        tokens.slice(m.last + 1, input.first).every((t) => t.pos === "NOUN" || t.pos === "ADJ"),
    );
    if (modifier?.state && modifier.last >= input.first - 3) return [modifier];
    if (governor && AGENTIVE_GOVERNORS.has(governor.lemma)) {
      const group = listGroups(
        mentions.filter((m) => within(m, governor.subject) && isSubjectActor(governor.subject)(m)),
        tokens,
      )[0];
      return group ?? [];
    }
    return [];
  }
  if (passive) return [];
  const group = listGroups(
    mentions.filter((m) => within(m, subject) && isSubjectActor(subject)(m)),
    tokens,
  )[0];
  return group ?? [];
};

const agents = (input: ArgumentInput): string[] => states(agentMentions(input));

/** The patient side: actors in the object, or in the subject of a passive. */
const patients = (input: ArgumentInput): Mention[] => {
  const { mentions, object, passive, subject } = input;
  return mentions.filter(
    (m) => within(m, passive ? subject : object) && isActor(m) && (!passive || m.preposition !== "by"),
  );
};

const withPreposition = (input: ArgumentInput, words: readonly string[], range: Range | undefined = input.object) =>
  input.mentions.filter((m) => within(m, range) && m.state !== undefined && words.includes(m.preposition ?? ""));

/** A state a person is said to serve: "spying for Moscow", "secrets to Russia", "GRU officers", "Russian spies". */
const servedState = (input: ArgumentInput, agents: readonly string[]): string | undefined => {
  const { tokens, mentions } = input;
  const candidates = mentions.filter(
    (m) => m.state !== undefined && m.kind !== "person" && m.kind !== "place" && !agents.includes(m.state),
  );
  const forState = candidates.find((m) => (m.preposition === "for" || m.preposition === "to") && m.first > input.head);
  if (forState) return forState.state;
  const service = candidates.find(
    (m) =>
      (m.kind === "organization" && !within(m, input.passive ? undefined : input.subject)) ||
      (m.kind === "demonym" && SERVICE_NOUNS.has(tokens[m.last + 1]?.lemma ?? "")),
  );
  return service?.state;
};

/** Nouns after a demonym that make its state the doer of an attack ("Russian agents", not "Russian nationals"). */
const DOER_NOUNS = new Set([
  ...SERVICE_NOUNS,
  "hacker",
  "military",
  "service",
  "government",
  "authority",
  "force",
  "troop",
  "special",
  "state",
  "operative",
  "saboteur",
  "assassin",
  "commando",
]);
/** Verbs whose "by X" names a go-between, not a party. */
const MEDIATING = new Set(["broker", "mediate", "host", "facilitate", "arrange", "negotiate"]);

/** Verbs that lay an attack at a state's door: "attributed to China", "blamed on Russia", "linked to Moscow". */
const ATTRIBUTING = new Set(["attribute", "blame", "link", "tie", "trace"]);

/** The state held responsible for an attack: only a state, service or its agents the text names as the doer. */
const responsible = (input: ArgumentInput): string[] => {
  const { tokens, mentions } = input;
  const attributed = mentions.find(
    (m) =>
      m.state !== undefined &&
      (m.preposition === "to" || m.preposition === "on") &&
      ATTRIBUTING.has(tokens[(m.prepositionAt ?? 0) - 1]?.lemma ?? ""),
  );
  if (attributed?.state) return [attributed.state];
  // "the Russian state was behind the murder": the subject of "be behind" is held responsible.
  const behind = tokens.findIndex((t, i) => t.lower === "behind" && i < input.first && i >= input.first - 3);
  if (behind > 0) {
    const doer = mentions.filter((m) => m.last < behind && m.state !== undefined && m.kind !== "place").at(-1);
    if (doer?.state) return [doer.state];
  }
  const doers = agentMentions(input).filter(
    (mention) =>
      mention.kind !== "demonym" ||
      // "a Russian plot", "Russian agents": the demonym is on the deed or on its doers; not "Russian nationals".
      mention.last + 1 === input.first ||
      DOER_NOUNS.has(tokens[mention.last + 1]?.lemma ?? ""),
  );
  return states(doers);
};

export const findActors = (input: ArgumentInput, requirement: Requirement | undefined): Actors => {
  const { roles, mentions, tokens } = input;
  const persons = mentions.filter(
    (m) =>
      m.kind === "person" &&
      (within(m, roles.subjectIsPatient || input.passive ? input.subject : input.object) ||
        (requirement === "foreign-agent-object" && within(m, input.object)) ||
        (input.nominal && within(m, input.object))),
  );
  switch (roles.actors) {
    case "agent-patient": {
      const initiators = agents(input);
      // "expelled from the U.S." names the expelling state; "from the USSR embassy" names the mission's owner.
      const fromCountry = input.passive
        ? withPreposition(input, ["from"]).filter(
            (m) => m.kind === "country" && !WORD_CLASSES.mission?.has(tokens[m.last + 1]?.lemma ?? ""),
          )
        : [];
      // "were told to leave Slovakia": the country to leave is the one that expels.
      const left = input.mentions.filter(
        (m) => m.kind === "country" && tokens[m.first - 1]?.lemma === "leave" && m.first > input.head,
      );
      // "Poland's minister announced that 45 Russian diplomats would be expelled": the speaker's state expels.
      const spoken =
        input.passive && input.speaker
          ? mentions.filter((m) => within(m, input.speaker) && isActor(m) && m.state?.length === 2).slice(0, 1)
          : [];
      const named = fromCountry.length > 0 ? fromCountry : left.length > 0 ? left : spoken;
      const allInitiators = initiators.length > 0 ? initiators : states(named);
      const target = patients(input).find((m) => !allInitiators.includes(m.state as string))?.state;
      return { initiators: allInitiators, ...(target ? { target } : {}), persons };
    }
    case "legal": {
      const initiators = agents(input);
      const target = servedState(input, initiators);
      return { initiators, ...(target ? { target } : {}), persons };
    }
    case "defection": {
      if (requirement === "foreign-agent-object") {
        const initiators = agents(input);
        const served = mentions.find(
          (m) => m.first > input.head && isActor(m) && !initiators.includes(m.state as string),
        );
        return { initiators, ...(served?.state ? { target: served.state } : {}), persons };
      }
      const to = withPreposition(input, ["to", "into", "of"]).filter((m) => m.kind !== "person");
      const from = withPreposition(input, ["from"]).filter((m) => m.kind !== "person");
      // The state nearest the person's noun ("MADRID - A Russian pilot ..." is Russian).
      const own = mentions.filter((m) => within(m, input.subject) && isActor(m)).at(-1);
      const target = from[0]?.state ?? own?.state;
      const initiator = to.find((m) => m.state !== target)?.state;
      return { initiators: initiator ? [initiator] : [], ...(target ? { target } : {}), persons };
    }
    case "attack":
      return { initiators: responsible(input), persons };
    case "influence": {
      const initiators = responsible(input);
      const target = mentions.find(
        (m) => within(m, input.object) && m.state !== undefined && !initiators.includes(m.state) && m.kind !== "person",
      )?.state;
      return { initiators, ...(target ? { target } : {}), persons };
    }
    case "presence": {
      const staff = mentions.find(
        (m) =>
          within(m, input.object) && m.kind === "demonym" && WORD_CLASSES.staff?.has(tokens[m.last + 1]?.lemma ?? ""),
      );
      // "220 Russian diplomats in the U.S.", or "The U.S. embassy in Moscow has 150 staff".
      const host =
        withPreposition(input, ["in"]).find((m) => m.kind === "country" || m.kind === "capital") ??
        withPreposition(input, ["in"], input.subject).find((m) => m.kind === "country" || m.kind === "capital");
      const initiators = staff?.state ? [staff.state] : agents(input);
      return { initiators, ...(host?.state ? { target: host.state } : {}), persons };
    }
    case "parties": {
      // "brokered by the United Arab Emirates": a mediator is no party.
      const mediated = (m: Mention) => MEDIATING.has(tokens[(m.prepositionAt ?? 0) - 1]?.lemma ?? "");
      const parties = states(mentions.filter((m) => isActor(m) && !(m.preposition === "by" && mediated(m))));
      return { initiators: parties.slice(0, 1), ...(parties[1] ? { target: parties[1] } : {}), persons };
    }
    case "none":
      return { initiators: [], persons };
  }
};

/** Whether the words around a trigger complete it (see `Requirement`). */
export const meetsRequirement = (
  requirement: Requirement | undefined,
  input: ArgumentInput,
  actors: Actors,
  counted: boolean,
): boolean => {
  if (requirement === undefined) return true;
  const { tokens, object, subject, passive } = input;
  const patientRange = passive ? subject : object;
  const inPatient = (predicate: (t: Token) => boolean) =>
    patientRange !== undefined && tokens.slice(patientRange[0], patientRange[1] + 1).some(predicate);
  const isStaff = (t: Token) => WORD_CLASSES.staff?.has(t.lemma) === true;
  switch (requirement) {
    case "staff-patient":
      return inPatient((t) => isStaff(t) || t.lower === "them" || t.lower === "him" || t.lower === "her");
    case "foreign-staff-patient":
      return inPatient(isStaff) && actors.target !== undefined && !actors.initiators.includes(actors.target);
    case "person-subject": {
      // One named person, or one person described ("an officer of the KGB"), not a crowd ("thousands fled").
      if (actors.persons.length > 0 || input.mentions.some((m) => m.kind === "person" && within(m, subject)))
        return true;
      const words = subject === undefined ? [] : tokens.slice(subject[0], subject[1] + 1);
      const people = new Set([...(WORD_CLASSES.person ?? []), ...(WORD_CLASSES.staff ?? [])]);
      const head = words.find((t) => t.pos === "NOUN" && people.has(t.lemma));
      return head !== undefined && head.lower === head.lemma;
    }
    case "foreign-agent-object":
      return (
        input.mentions.some((m) => m.kind === "person" && within(m, object)) &&
        actors.target !== undefined &&
        actors.initiators.length > 0
      );
    case "counted-staff":
      return counted && inPatient(isStaff);
  }
};
