/**
 * How each event type takes its arguments from a sentence, following core's per-type meaning of initiator and
 * target (`model/event-types.ts`). A table, so that every type goes through the same code.
 */
export type ActorRule =
  /** initiator: who acts (the subject, or "by X"); target: whose people or property (the object's state). */
  | "agent-patient"
  /** Both parties, order free: every state the sentence names outside places. */
  | "parties"
  /** initiator: who acts; target: the state the accused serve ("spying for Moscow", "GRU officers"). */
  | "legal"
  /** initiator: the receiving state ("to Ukraine", "France received"); target: the state left ("from Russia"). */
  | "defection"
  /** initiator: the state held responsible, only when the text names it as the doer; no target. */
  | "attack"
  /** initiator: the attributed state; target: the state whose politics is meddled with ("in the U.S. election"). */
  | "influence"
  /** initiator: whose staff ("Russian diplomats"); target: the host ("in the U.S."). */
  | "presence"
  /** No actors: persons and the place carry the event. */
  | "none";

export interface TypeRoles {
  readonly actors: ActorRule;
  /** The place when the text names none: the initiator's territory (the expelling state's, by convention). */
  readonly defaultPlace?: "initiator" | "target";
  /** The persons it happens to are counted when no number is given (one defector, a victim and his wife). */
  readonly personal?: boolean;
  readonly participantRole: "subject" | "victim" | "suspect";
  /** Missing actors a following sentence may take from the previous event of the type ("another 10 were expelled"). */
  readonly carry: readonly ("initiator" | "target")[];
  /** A standing relationship unless a date or a place makes it an occurrence ("the two are in talks"). */
  readonly needsWhenOrWhere?: boolean;
  /** The person it happens to is the subject of an active verb ("he defected", "she died", "he escaped"). */
  readonly subjectIsPatient?: boolean;
  /**
   * The initiator acts on its own territory (expels, arrests, tries): a stated place names it when the text does
   * not, and without either the reading is incomplete.
   */
  readonly initiatorFromPlace?: "optional" | "required";
  /** A state seen at a time rather than something done: the present tense reports it ("there are 220 ..."). */
  readonly stative?: boolean;
}

const stateAction = (defaultPlace?: "initiator"): TypeRoles => ({
  actors: "agent-patient",
  participantRole: "subject",
  carry: ["initiator", "target"],
  ...(defaultPlace ? { defaultPlace } : {}),
});
const legal: TypeRoles = {
  actors: "legal",
  defaultPlace: "initiator",
  personal: true,
  participantRole: "suspect",
  carry: ["initiator"],
  initiatorFromPlace: "required",
};
const attack: TypeRoles = { actors: "attack", personal: true, participantRole: "victim", carry: [] };

export const TYPE_ROLES: Readonly<Record<string, TypeRoles>> = {
  expulsion: { ...stateAction("initiator"), initiatorFromPlace: "optional" },
  mission_closure: stateAction(),
  mission_opening: stateAction(),
  property_seizure: stateAction("initiator"),
  exposure: stateAction(),
  sanction: stateAction(),
  talks: { actors: "parties", participantRole: "subject", carry: ["initiator", "target"], needsWhenOrWhere: true },
  prisoner_exchange: { actors: "parties", participantRole: "subject", carry: ["initiator", "target"] },
  arrest: legal,
  charge: legal,
  conviction: legal,
  defection: {
    actors: "defection",
    defaultPlace: "initiator",
    personal: true,
    participantRole: "subject",
    carry: ["target"],
    subjectIsPatient: true,
  },
  assassination: attack,
  attempted_assassination: attack,
  poisoning: attack,
  sabotage: { actors: "attack", participantRole: "victim", carry: [] },
  cyber_operation: { actors: "attack", participantRole: "victim", carry: [] },
  influence_operation: { actors: "influence", participantRole: "subject", carry: [] },
  suspicious_death: {
    actors: "none",
    personal: true,
    participantRole: "victim",
    carry: [],
    subjectIsPatient: true,
  },
  escape: { actors: "none", personal: true, participantRole: "subject", carry: [], subjectIsPatient: true },
  presence: { actors: "presence", defaultPlace: "target", participantRole: "subject", carry: [], stative: true },
};
