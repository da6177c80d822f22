import { z } from "zod";
import { defineEventType, Registry, type RegistryEvent } from "../registry";
import { CountryCodeSchema, EntityIdSchema, listOf } from "./common";

/**
 * The core event types. Each definition fixes what `initiator` and `target` mean for it; the tests give a
 * realistic example of each. Type-specific fields are all optional: news rarely states everything.
 */

/** Kinds of diplomatic mission. */
export const MissionKindSchema = z.enum([
  "embassy",
  "consulate_general",
  "consulate",
  "honorary_consulate",
  "mission_to_international_organization",
  "trade_mission",
  "military_attache",
  "cultural_center",
  "liaison_office",
  "other",
]);

/** Why a state says it acted. */
export const GroundsSchema = z.enum([
  "espionage",
  "activities_incompatible_with_status",
  "retaliation",
  "interference",
  "aggression",
  "attack",
  "security_threat",
  "reduction_of_staff",
  "other",
]);

/** How a killing, an attempt or a poisoning was carried out. */
export const AttackMethodSchema = z.enum([
  "shooting",
  "stabbing",
  "poison",
  "nerve_agent",
  "radioactive",
  "explosive",
  "vehicle",
  "fall",
  "strangulation",
  "beating",
  "other",
  "unknown",
]);

export const OutcomeSchema = z.enum(["killed", "injured", "survived", "unharmed", "unknown"]);

/** Spying, sabotage, and the other accusations arrests and trials are about. */
export const AccusationSchema = z.enum([
  "espionage",
  "treason",
  "sabotage",
  "terrorism",
  "sanctions_violation",
  "export_control_violation",
  "foreign_agent",
  "influence",
  "cyber_intrusion",
  "other",
]);

const missionFields = {
  missionKind: MissionKindSchema.optional(),
  /** The city of the mission, when the location names the place of the decision instead. */
  missionCity: z.string().min(1).optional(),
};

const attackFields = {
  method: AttackMethodSchema.optional(),
  /** The substance or weapon, as named: "Novichok", "polonium-210", "Makarov pistol". */
  agent: z.string().min(1).optional(),
  outcome: OutcomeSchema.optional(),
};

const legalFields = {
  accusation: AccusationSchema.optional(),
  /** The offence or article as the source gives it. */
  charge: z.string().min(1).optional(),
  /** The court, prosecutor or agency: an entity id. */
  authority: EntityIdSchema.optional(),
};

export const expulsion = defineEventType({
  type: "expulsion",
  description:
    "Diplomats or other officials ordered to leave a country: declared persona non grata, given a deadline, sent home.",
  initiator: "the expelling state",
  target: "the state whose diplomats leave",
  fields: {
    /** Who was expelled: "diplomats", "military attaché", "staff of the trade mission". */
    role: z.string().min(1).optional(),
    personaNonGrata: z.boolean().optional(),
    /** Hours given to leave ("within 72 hours"). */
    deadlineHours: z.number().positive().optional(),
    grounds: listOf(GroundsSchema).optional(),
    ...missionFields,
  },
});

export const missionClosure = defineEventType({
  type: "mission_closure",
  description: "An embassy, consulate or other mission closed or ordered closed.",
  initiator: "the state that closes the mission or orders it closed",
  target: "the state whose mission it is",
  fields: { ...missionFields, grounds: listOf(GroundsSchema).optional() },
});

export const missionOpening = defineEventType({
  type: "mission_opening",
  description: "A mission opened or reopened, or its reopening agreed.",
  initiator: "the state that opens the mission or allows it",
  target: "the state whose mission it is",
  fields: { ...missionFields, reopening: z.boolean().optional() },
});

export const talks = defineEventType({
  type: "talks",
  description: "A meeting or negotiation between states: consultations, summits, talks on embassies or prisoners.",
  initiator: "one party (the order carries no meaning)",
  target: "the other party",
  symmetric: true,
  fields: {
    level: z.enum(["head_of_state", "ministerial", "senior_official", "working", "intelligence", "other"]).optional(),
    /** What was discussed, in a few words. */
    topic: z.string().min(1).optional(),
    /** States beyond the two, such as a mediator or host. */
    otherParties: listOf(CountryCodeSchema).optional(),
  },
});

export const propertySeizure = defineEventType({
  type: "property_seizure",
  description: "Diplomatic property taken over, closed off or confiscated: residences, compounds, dachas.",
  initiator: "the seizing state",
  target: "the state that owns the property",
  fields: {
    propertyKind: z
      .enum(["residence", "compound", "office", "mission_building", "vehicle", "account", "other"])
      .optional(),
  },
});

export const arrest = defineEventType({
  type: "arrest",
  description: "People detained, typically accused of spying or sabotage.",
  initiator: "the state that arrests",
  target: "the state the arrested are said to serve",
  fields: { ...legalFields, houseArrest: z.boolean().optional() },
});

export const charge = defineEventType({
  type: "charge",
  description: "Formal charges or an indictment.",
  initiator: "the state that charges",
  target: "the state the accused are said to serve",
  fields: legalFields,
});

export const conviction = defineEventType({
  type: "conviction",
  description: "A verdict of guilty and its sentence.",
  initiator: "the state whose court convicts",
  target: "the state the convicted are said to serve",
  fields: {
    ...legalFields,
    /** The sentence as stated: "12 years in a high-security colony". */
    sentence: z.string().min(1).optional(),
    sentenceMonths: z.number().nonnegative().optional(),
    inAbsentia: z.boolean().optional(),
  },
});

export const defection = defineEventType({
  type: "defection",
  description: "A person switching sides: an officer, a pilot, a diplomat going over to another state.",
  initiator: "the receiving state",
  target: "the state defected from",
  fields: {
    /** What the defector brought or used: "Mi-8 helicopter". */
    vehicle: z.string().min(1).optional(),
    /** The service or unit defected from: an entity id. */
    formerAffiliation: EntityIdSchema.optional(),
    /** Where the defector went, when it differs from the receiving state or is unknown. */
    destination: z.string().min(1).optional(),
  },
});

export const assassination = defineEventType({
  type: "assassination",
  description: "A killing of a targeted person: a defector, a dissident, an officer.",
  initiator: "the state held responsible, when the source attributes it",
  target: "the state attacked, where there is one (never merely the victim's nationality)",
  fields: attackFields,
});

export const attemptedAssassination = defineEventType({
  type: "attempted_assassination",
  description: "An attempt on a person's life that did not kill, or a plot to kill that was stopped.",
  initiator: "the state held responsible, when the source attributes it",
  target: "the state attacked, where there is one (never merely the victim's nationality)",
  fields: { ...attackFields, foiled: z.boolean().optional() },
});

export const poisoning = defineEventType({
  type: "poisoning",
  description: "Poisoning of a person, fatal or not.",
  initiator: "the state held responsible, when the source attributes it",
  target: "the state attacked, where there is one (never merely the victim's nationality)",
  fields: attackFields,
});

export const suspiciousDeath = defineEventType({
  type: "suspicious_death",
  description: "A death in unexplained circumstances that sources connect to the domain, with no one held responsible.",
  initiator: null,
  target: null,
  fields: {
    /** The apparent cause: "fall from a window", "hanging", "drowning", "illness". */
    apparentCause: z.string().min(1).optional(),
  },
});

export const sabotage = defineEventType({
  type: "sabotage",
  description: "Physical attacks on infrastructure, cargo, arms supplies, or plans for them.",
  initiator: "the state held responsible, when the source attributes it",
  target: "the state attacked, where there is one",
  fields: {
    /** What was hit: "railway", "cargo aircraft", "arms depot", "undersea cable". */
    objectKind: z.string().min(1).optional(),
    method: z.enum(["arson", "explosive", "incendiary_device", "cutting", "derailment", "other"]).optional(),
    foiled: z.boolean().optional(),
  },
});

export const cyberOperation = defineEventType({
  type: "cyber_operation",
  description: "Intrusion, disruption or theft through computer networks.",
  initiator: "the state held responsible, when the source attributes it",
  target: "the state attacked, where there is one",
  fields: {
    technique: z.string().min(1).optional(),
    sector: z.string().min(1).optional(),
    /** The threat actor's name as reported: "APT28", "Sandworm". */
    actorName: z.string().min(1).optional(),
  },
});

export const influenceOperation = defineEventType({
  type: "influence_operation",
  description: "Interference in politics or opinion: election meddling, disinformation, covert funding.",
  initiator: "the state held responsible, when the source attributes it",
  target: "the state whose politics or public is targeted",
  fields: {
    channel: z.string().min(1).optional(),
    /** The election or vote targeted, e.g. "2016 U.S. presidential election". */
    election: z.string().min(1).optional(),
  },
});

export const exposure = defineEventType({
  type: "exposure",
  description: "Agents' names or an operation made public: lists of officers, investigations naming a unit.",
  initiator: "the state that publishes",
  target: "the state whose agents are named",
  fields: {
    medium: z.enum(["list", "investigation", "indictment", "press_conference", "leak", "other"]).optional(),
  },
});

export const prisonerExchange = defineEventType({
  type: "prisoner_exchange",
  description: "A swap of prisoners between states, often spies for spies.",
  initiator: "one party (the order carries no meaning)",
  target: "the other party",
  symmetric: true,
  fields: {
    /** How many each side released, when the source gives it. */
    releasedByInitiator: z.int().nonnegative().optional(),
    releasedByTarget: z.int().nonnegative().optional(),
    /** The state that brokered the swap. */
    mediator: CountryCodeSchema.optional(),
  },
});

export const sanction = defineEventType({
  type: "sanction",
  description: "Restrictive measures in answer to the domain's events: asset freezes, travel bans, visa bans.",
  initiator: "the sanctioning state (or an international organization as an entity id)",
  target: "the sanctioned state",
  fields: {
    measure: z.enum(["asset_freeze", "travel_ban", "visa_ban", "trade_restriction", "other"]).optional(),
    /** The legal programme or regulation. */
    programme: z.string().min(1).optional(),
  },
});

export const escapeFromCustody = defineEventType({
  type: "escape",
  description: "Someone held (in prison, under house arrest, awaiting extradition) getting away.",
  initiator: null,
  target: null,
  fields: {
    /** What they escaped from. */
    custody: z.enum(["prison", "house_arrest", "detention", "extradition", "other"]).optional(),
    /** A state that helped, when a source says so. */
    assistedBy: CountryCodeSchema.optional(),
  },
});

export const presence = defineEventType({
  type: "presence",
  description: "A staffing level seen at a date: how many diplomats one state has in another.",
  initiator: "the sending state",
  target: "the host state",
  fields: {
    /** Who is counted: "diplomats", "officials", "intelligence officers". */
    role: z.string().min(1).optional(),
    ...missionFields,
  },
});

/** Every core type, in the order the documentation lists them. */
export const coreEventTypes = [
  expulsion,
  missionClosure,
  missionOpening,
  talks,
  propertySeizure,
  arrest,
  charge,
  conviction,
  defection,
  assassination,
  attemptedAssassination,
  poisoning,
  suspiciousDeath,
  sabotage,
  cyberOperation,
  influenceOperation,
  exposure,
  prisonerExchange,
  sanction,
  escapeFromCustody,
  presence,
] as const;

/** The core types keyed by name. */
export type CoreEventTypes = { [D in (typeof coreEventTypes)[number] as D["type"]]: D };

/** A registry of the core types, to widen with `withEventType` and `use`. */
export const createRegistry = (): Registry<CoreEventTypes> =>
  new Registry(Object.fromEntries(coreEventTypes.map((d) => [d.type, d])) as CoreEventTypes);

/** The core types and no plugins. */
export const coreRegistry = createRegistry();

/** Any core event, discriminated on `type`. */
export type TradecraftEvent = RegistryEvent<typeof coreRegistry>;
