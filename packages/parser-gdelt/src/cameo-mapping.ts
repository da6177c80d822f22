import type { eventBaseShape, ParticipantSchema, TradecraftEvent } from "@tradecraft/core";
import type { z } from "zod";
import { cameoLabel } from "./cameo";

/**
 * The CAMEO -> Tradecraft table: which GDELT event codes become which event type, how GDELT's Actor1/Actor2
 * fill the type's initiator and target, and which rows of a code belong to this domain at all. Every code GDELT
 * uses that is not listed is outside the domain. The table is data with a version: a change to it changes what
 * a file parses to, so it bumps `CAMEO_MAPPING_VERSION` (stamped on every event as `ext.gdelt.mappingVersion`).
 */
export const CAMEO_MAPPING_VERSION = "1.0.0";

/** The core event types a CAMEO code can map to (the 21 types of `@tradecraft/core`). */
export type CoreType = TradecraftEvent["type"];
/** The fields of core type `T` beyond the common ones: what a mapping may preset in `fields`. */
export type OwnFields<T extends CoreType> = Omit<Extract<TradecraftEvent, { type: T }>, keyof typeof eventBaseShape>;
/** A participant role of core's model (`subject`, `victim`, `perpetrator` ...), as an `ActorRule` names it. */
export type ParticipantRole = z.infer<typeof ParticipantSchema>["role"];

/**
 * How one GDELT actor fills an initiator or target slot.
 * - `country`: the actor's country, whoever the actor is (the state, its officials, or its nationals), because
 *   for this code GDELT's actor country is the party the type means.
 * - `{ organ: role }`: the actor's country only when GDELT codes the actor as an organ of the state (a type code
 *   GOV, MIL, SPY, COP, JUD or LEG); any other actor is kept as a participant with that role and its country as
 *   a nationality, because the type's slot means the state responsible or attacked, never a nationality.
 */
export type ActorRule = "country" | { readonly organ: ParticipantRole };

/**
 * Which rows of a code are in the domain, judged on the actors' countries (GDELT's CAMEO codes, read as ISO):
 * - `interstate`: both actors have a country and the two differ (talks, expulsions, sanctions are between states);
 * - `foreign-or-intelligence`: interstate, or an actor is coded SPY (state intelligence), which keeps domestic
 *   spy arrests and leaves out ordinary police work.
 * A row that fails its guard is a counted skip. `domainGuards: false` turns the guards off.
 */
export type DomainGuard = "interstate" | "foreign-or-intelligence";

/** A code that becomes an event. */
export type CameoMapping = {
  [T in CoreType]: {
    readonly code: string;
    readonly type: T;
    readonly initiator: ActorRule;
    readonly target: ActorRule;
    readonly guard: DomainGuard;
    /** Type-specific fields every event of this code carries. */
    readonly fields?: Partial<OwnFields<T>>;
    /** Why this code becomes this type, and what a user should know. */
    readonly why: string;
  };
}[CoreType];

/** A code that looks relevant and is deliberately left out. */
export interface CameoSkip {
  readonly code: string;
  readonly skip: string;
}

export type CameoTableEntry = CameoMapping | CameoSkip;

const talks = (code: string, why: string): CameoMapping => ({
  code,
  type: "talks",
  initiator: "country",
  target: "country",
  guard: "interstate",
  why,
});

const attacker = { organ: "perpetrator" } as const;
const attacked = { organ: "victim" } as const;

/** The table, in CAMEO code order. */
export const CAMEO_TABLE: readonly CameoTableEntry[] = [
  { code: "0314", skip: "intelligence cooperation has no Tradecraft type" },
  { code: "0353", skip: "an intent to release is not a release" },
  { code: "036", skip: "an intent to meet is not a meeting" },
  talks("040", "consultations between two states are talks"),
  talks("041", "a telephone call between two states' representatives is talks held remotely"),
  talks("042", "a visit: the visitor (Actor1) and the host (Actor2) talk; the order carries no meaning"),
  talks("043", "hosting a visit: the host (Actor1) and the visitor (Actor2) talk; the order carries no meaning"),
  talks("044", "a meeting at a third location is talks between the two"),
  talks("045", "mediation is a meeting of the mediator (Actor1) with a party (Actor2): both sit at the table"),
  talks("046", "negotiations between two states are talks"),
  { code: "054", skip: "recognition is not the opening of a mission, and CAMEO has no code for opening one" },
  { code: "064", skip: "intelligence sharing has no Tradecraft type" },
  {
    code: "075",
    type: "defection",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "granting asylum to another state's national is how GDELT codes a defection (CAMEO has no defection code): the granting state (Actor1) receives, the asylum seeker's state (Actor2) is defected from; ordinary refugee cases are coded this way too",
  },
  { code: "084", skip: "unspecified: a release of persons (0841) cannot be told from a return of property (0842)" },
  {
    code: "0841",
    type: "prisoner_exchange",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "CAMEO has no code for a swap: each side's release of the other's nationals is coded 0841 (PLOVER: RETREAT release, one leg); a release by one state of another's national is the closest GDELT comes",
  },
  { code: "1014", skip: "a demand for intelligence cooperation has no Tradecraft type" },
  { code: "1053", skip: "a demand for a release is not a release" },
  {
    code: "1125",
    type: "exposure",
    initiator: "country",
    target: "country",
    guard: "foreign-or-intelligence",
    why: "an accusation of espionage is a state making another's agents public (exposure: the accuser publishes, the accused's state is named), not a charge: it is verbal (QuadClass 3, PLOVER: ACCUSE allege) and formal charges are 173; treason accusations within one state fail the guard",
  },
  { code: "114", skip: "official complaints and summonses (PLOVER: ACCUSE disapprove) have no Tradecraft type" },
  { code: "115", skip: "lawsuits are mostly civil; GDELT codes formal charges with arrests as 173" },
  {
    code: "116",
    type: "conviction",
    initiator: "country",
    target: { organ: "subject" },
    guard: "foreign-or-intelligence",
    why: "a finding of guilt by a court of Actor1's state; the target is the state the convicted serve only when GDELT codes them as its organ (a Russian officer, RUSSPY), otherwise the convicted are a participant with their nationality",
  },
  { code: "1243", skip: "a refusal to release is not an event of the domain" },
  { code: "125", skip: "a refusal to meet is not a meeting" },
  { code: "1312", skip: "a threat of sanctions is not a sanction" },
  { code: "1313", skip: "a threat to break relations is not a closure" },
  { code: "134", skip: "a threat to halt negotiations is not an event of the domain" },
  { code: "160", skip: "unspecified: a closure cannot be told from a cut in aid or trade" },
  {
    code: "161",
    type: "mission_closure",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "reducing or breaking diplomatic relations closes or downgrades missions (PLOVER: SANCTION withdraw): Actor1 acts, Actor2's mission is the one affected; a recall of Actor1's own ambassador is coded the same way and reads reversed",
  },
  {
    code: "163",
    type: "sanction",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "an embargo, boycott or sanctions imposed by Actor1's state on Actor2's; the measure is not told, so it is left out",
  },
  { code: "164", skip: "halting negotiations is not a meeting, and Tradecraft has no type for it" },
  { code: "165", skip: "halting mediation is not a meeting, and Tradecraft has no type for it" },
  {
    code: "166",
    type: "expulsion",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "expelling another state's people is an expulsion (PLOVER: SANCTION expel, where diplomats' expulsions go): the expelling state (Actor1), the state whose people leave (Actor2); a withdrawal of Actor1's own staff is coded the same way and reads reversed",
  },
  { code: "1661", skip: "peacekeepers are not a state's diplomats or officials" },
  { code: "1662", skip: "inspectors and observers belong to international bodies, not to a state" },
  { code: "1663", skip: "aid agencies are not a state's diplomats or officials" },
  { code: "171", skip: "unspecified: a seizure (1711) cannot be told from damage (1712)" },
  {
    code: "1711",
    type: "property_seizure",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "confiscation of another state's property: the seizing state (Actor1), the owner's state (Actor2)",
  },
  {
    code: "1712",
    type: "sabotage",
    initiator: attacker,
    target: attacked,
    guard: "foreign-or-intelligence",
    why: "destruction of property is the only CAMEO code for sabotage (PLOVER: ASSAULT destroy); a state is held responsible or attacked only when GDELT codes the actor as its organ",
  },
  {
    code: "172",
    type: "sanction",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "administrative sanctions (bans, visa and travel restrictions) by Actor1's state on Actor2's; within one state they are domestic measures and fail the guard",
  },
  { code: "1721", skip: "restrictions on political freedoms are domestic measures" },
  { code: "1722", skip: "bans on parties or politicians are domestic measures" },
  { code: "1723", skip: "a curfew is a domestic measure" },
  { code: "1724", skip: "a state of emergency or martial law is a domestic measure" },
  {
    code: "173",
    type: "arrest",
    initiator: "country",
    target: { organ: "suspect" },
    guard: "foreign-or-intelligence",
    why: "arrest, detention or charge by Actor1's state (GDELT does not tell a charge from an arrest, so this is the arrest); the target is the state the arrested serve only when GDELT codes them as its organ (RUSSPY), otherwise they are a participant with their nationality",
  },
  {
    code: "174",
    type: "expulsion",
    initiator: "country",
    target: "country",
    guard: "interstate",
    why: "expelling or deporting individuals: the expelling state (Actor1), the state of those who leave (Actor2); GDELT does not tell diplomats from deported nationals (Actor2's type codes in ext.gdelt do, partly)",
  },
  { code: "181", skip: "abductions and hostage-taking have no Tradecraft type" },
  { code: "1823", skip: "a killing not coded as targeted (186) is ordinary violence" },
  {
    code: "185",
    type: "attempted_assassination",
    initiator: attacker,
    target: attacked,
    guard: "foreign-or-intelligence",
    why: "an attempt to assassinate (PLOVER: ASSAULT targeted); a state is held responsible or attacked only when GDELT codes the actor as its organ, never for a nationality alone",
  },
  {
    code: "186",
    type: "assassination",
    initiator: attacker,
    target: attacked,
    guard: "foreign-or-intelligence",
    fields: { outcome: "killed" },
    why: "an assassination (PLOVER: ASSAULT targeted); a state is held responsible or attacked only when GDELT codes the actor as its organ, never for a nationality alone",
  },
  { code: "201", skip: "a mass expulsion of a population is not an expulsion of officials" },
  { code: "2041", skip: "use of chemical, biological or radiological weapons is warfare, not a poisoning of a person" },
];

const BY_CODE: ReadonlyMap<string, CameoTableEntry> = new Map(CAMEO_TABLE.map((entry) => [entry.code, entry]));

/** What the table says about a code, or undefined for a code outside the domain. */
export const cameoEntry = (code: string): CameoTableEntry | undefined => BY_CODE.get(code);

/** True for an entry that becomes an event. */
export const isMapping = (entry: CameoTableEntry): entry is CameoMapping => "type" in entry;

const outsideReasons = new Map<string, string>();

/** Why a row of this code is skipped, in the words a tally groups by. */
export const skipReason = (code: string): string => {
  let reason = outsideReasons.get(code);
  if (reason === undefined) {
    const entry = BY_CODE.get(code);
    const label = cameoLabel(code) ?? "unknown";
    reason =
      entry !== undefined && !isMapping(entry)
        ? `CAMEO ${code} (${label}) is skipped: ${entry.skip}`
        : `CAMEO ${code} (${label}) is outside the domain`;
    outsideReasons.set(code, reason);
  }
  return reason;
};
