import { type CompiledPattern, compilePattern, findMatches, type PatternMatch } from "./patterns";
import type { Token } from "./sentences";

/**
 * The words that state each event type, in the pattern language of `patterns.ts`. One table drives every type:
 * what differs between types is data (patterns, the roles their arguments take, fields the wording implies),
 * not code.
 */

/** What a trigger needs around it before it counts. */
export type Requirement =
  /** The patient is diplomats or officials ("sent 35 diplomats home", "ordered the attaché to leave"). */
  | "staff-patient"
  /** The patient is another state's diplomats: sending them anywhere is expelling them. */
  | "foreign-staff-patient"
  /** The subject is one named person ("Karakulov fled to ...", not "thousands fled"). */
  | "person-subject"
  /** A named person who served another state's service ("France received X, who worked for the FSB"). */
  | "foreign-agent-object"
  /** A count of people or a state in front ("there are 220 Russian diplomats in the U.S."). */
  | "counted-staff";

export interface TriggerRule {
  readonly type: string;
  readonly patterns: readonly string[];
  readonly requires?: Requirement;
  /** Type-specific fields the wording itself establishes. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /**
   * A noun that states an event only when it is singular and not generic ("the expulsion of 45 diplomats",
   * not "expulsions" or "these expulsions"); set for the nominal patterns of a rule.
   */
  readonly nominal?: boolean;
}

export const TRIGGER_RULES: readonly TriggerRule[] = [
  {
    type: "expulsion",
    patterns: [
      "expel:V",
      "declare ... persona|personae non grata|gratae",
      "persona|personae non grata|gratae",
      "expel",
    ],
  },
  { type: "expulsion", patterns: ["expulsion:N"], nominal: true },
  {
    type: "expulsion",
    patterns: ["order|tell|instruct ... to leave|depart|quit", "give ... to leave|depart"],
    requires: "staff-patient",
  },
  { type: "expulsion", patterns: ["send ... home|packing|back", "kick|throw ... out"], requires: "staff-patient" },
  { type: "expulsion", patterns: ["send:V"], requires: "foreign-staff-patient" },
  { type: "expulsion", patterns: ["remove|withdraw ... from ... @mission"] },
  { type: "mission_closure", patterns: ["close|shut ... @mission", "@mission ... !close|shut:V"] },
  { type: "mission_closure", patterns: ["closure ... @mission"], nominal: true },
  { type: "mission_opening", patterns: ["reopen|open ... @mission", "@mission ... !reopen:V"] },
  { type: "mission_opening", patterns: ["reopening ... @mission", "opening of ... @mission"], nominal: true },
  {
    type: "property_seizure",
    patterns: [
      "seize|confiscate|expropriate ... @property",
      "take over ... @property",
      "take control of ... @property",
    ],
  },
  { type: "property_seizure", patterns: ["@property ... !seize|confiscate:V"] },
  { type: "talks", patterns: ["discuss:V", "negotiate:V", "hold ... talks"] },
  { type: "talks", patterns: ["talks:N", "meeting:N", "discussion:N", "negotiation:N", "summit:N"], nominal: true },
  { type: "arrest", patterns: ["arrest:V", "detain:V", "apprehend:V", "take ... into custody"] },
  { type: "arrest", patterns: ["place|put ... under ... arrest"], fields: { houseArrest: true } },
  { type: "arrest", patterns: ["arrest of", "detention of"], nominal: true },
  { type: "charge", patterns: ["charge:V ... with", "charge:V", "indict:V", "prosecute:V"] },
  { type: "charge", patterns: ["indictment:N"], nominal: true },
  { type: "conviction", patterns: ["convict:V", "sentence:V", "jail:V", "imprison:V", "find ... guilty"] },
  { type: "conviction", patterns: ["conviction:N"], nominal: true },
  { type: "defection", patterns: ["defect:V", "switch sides", "go|cross over to"] },
  { type: "defection", patterns: ["defection:N"], nominal: true },
  { type: "defection", patterns: ["flee|fly|escape|sail|drive ... to"], requires: "person-subject" },
  {
    type: "defection",
    patterns: ["receive|shelter|harbour|harbor:V", "grant ... asylum"],
    requires: "foreign-agent-object",
  },
  {
    type: "assassination",
    patterns: [
      "assassinate:V",
      "kill:V",
      "murder:V",
      "shoot|shot dead",
      "gun down",
      "stab|beat ... to death",
      "shoot|shot:V",
    ],
  },
  { type: "assassination", patterns: ["assassination:N", "murder:N", "killing:N"], nominal: true },
  {
    type: "attempted_assassination",
    patterns: ["try|attempt|plot|conspire to @kill", "attempt on ... life", "attempted murder|assassination|killing"],
  },
  { type: "attempted_assassination", patterns: ["assassination attempt", "murder plot", "plot to"], nominal: true },
  { type: "poisoning", patterns: ["poison:V"], fields: { method: "poison" } },
  { type: "poisoning", patterns: ["poisoning:N"], nominal: true, fields: { method: "poison" } },
  {
    type: "suspicious_death",
    patterns: [
      "find dead|hang|hanged|drowned",
      "die ... @unexplained",
      "fall|plunge ... from ... @height",
      "@unexplained !death",
      "investigate ... !death",
      "body ... find:V",
    ],
  },
  { type: "sabotage", patterns: ["sabotage:V", "plant ... @explosive", "set fire to", "blow up", "derail:V"] },
  { type: "sabotage", patterns: ["sabotage:N", "arson:N", "arson attack"], nominal: true },
  {
    type: "cyber_operation",
    patterns: [
      "hack:V",
      "hack into",
      "breach|infiltrate|penetrate ... network|networks|system|systems|server|servers|email",
    ],
  },
  {
    type: "cyber_operation",
    patterns: ["cyberattack:N", "cyber-attack:N", "cyber attack", "hacking:N", "ransomware attack"],
    nominal: true,
  },
  { type: "influence_operation", patterns: ["interfere:V", "meddle:V"] },
  {
    type: "influence_operation",
    patterns: ["interference:N", "meddling:N", "disinformation campaign", "influence campaign|operation"],
    nominal: true,
  },
  { type: "exposure", patterns: ["publish|release|reveal|disclose ... @identity", "expose|unmask:V"] },
  { type: "prisoner_exchange", patterns: ["swap|exchange|trade:V ... @prisoner", "@prisoner ... !swap|exchange:V"] },
  { type: "prisoner_exchange", patterns: ["swap:N", "prisoner exchange"], nominal: true },
  {
    type: "sanction",
    patterns: ["sanction:V", "impose ... sanction|sanctions", "blacklist:V", "freeze ... asset|account"],
  },
  { type: "escape", patterns: ["escape|flee ... from ... @custody", "break out of ... @custody"] },
  {
    type: "presence",
    patterns: ["there !be ... #num ... @staff", "have ... #num ... @staff"],
    requires: "counted-staff",
  },
];

export interface Trigger {
  readonly rule: TriggerRule;
  readonly pattern: string;
  readonly first: number;
  readonly last: number;
  readonly head: number;
}

const COMPILED: readonly { rule: TriggerRule; pattern: CompiledPattern }[] = TRIGGER_RULES.flatMap((rule) =>
  rule.patterns.map((source) => ({ rule, pattern: compilePattern(source) })),
);

const overlaps = (a: PatternMatch, b: PatternMatch) => a.first <= b.last && b.first <= a.last;

/**
 * Every trigger in a sentence, left to right. Where two patterns cover the same words the longer wins ("shoot
 * dead" over "shoot", "escape from custody" over "escape to"); equal lengths keep table order.
 */
export const findTriggers = (tokens: readonly Token[]): Trigger[] => {
  const found: Trigger[] = [];
  for (const { rule, pattern } of COMPILED) {
    for (const match of findMatches(pattern, tokens)) found.push({ rule, pattern: pattern.source, ...match });
  }
  const length = (t: Trigger) => t.last - t.first;
  const kept: Trigger[] = [];
  for (const trigger of [...found].sort((a, b) => length(b) - length(a))) {
    if (!kept.some((k) => overlaps(k, trigger))) kept.push(trigger);
  }
  return kept.sort((a, b) => a.first - b.first);
};
