/**
 * Word classes the trigger patterns and the argument rules refer to, as lemmas (lower case). Kept in one place so
 * that a reader can see what the parser knows of the domain's vocabulary.
 */
export const WORD_CLASSES: Readonly<Record<string, ReadonlySet<string>>> = {
  /** Diplomatic missions. */
  mission: new Set([
    "embassy",
    "consulate",
    "consulate-general",
    "mission",
    "legation",
    "chancery",
    "representation",
    "office",
  ]),
  /** People a state posts abroad or employs: who is expelled, counted, sent home. */
  staff: new Set([
    "diplomat",
    "diplomats",
    "attaché",
    "attache",
    "official",
    "staff",
    "staffer",
    "envoy",
    "ambassador",
    "consul",
    "member",
    "employee",
    "officer",
    "personnel",
    "spy",
    "agent",
    "representative",
    "secretary",
    "counsellor",
    "counselor",
  ]),
  /** Diplomatic property that can be seized. */
  property: new Set(["property", "compound", "residence", "dacha", "estate", "building", "premise", "premises"]),
  /** Where someone is held. */
  custody: new Set(["prison", "custody", "arrest", "detention", "jail", "gaol", "camp", "colony"]),
  /** People who can be swapped. */
  prisoner: new Set(["prisoner", "detainee", "spy", "captive", "hostage", "agent", "citizen"]),
  /** What a list or an investigation makes public. */
  identity: new Set(["name", "identity", "list", "photo", "photograph", "agent", "officer", "spy", "network"]),
  /** Explosives and devices. */
  explosive: new Set(["explosive", "bomb", "device", "charge", "mine"]),
  /** Circumstances that make a death suspicious. */
  unexplained: new Set([
    "unexplained",
    "mysterious",
    "suspicious",
    "unusual",
    "unclear",
    "strange",
    "murky",
    "unknown",
    "undetermined",
  ]),
  /** What one falls from in the deaths of this domain. */
  height: new Set(["window", "balcony", "roof", "stair", "stairs", "staircase", "cliff", "bridge", "boat"]),
  /** Elections and votes that interference targets. */
  election: new Set(["election", "elections", "vote", "referendum", "campaign", "poll"]),
  /** Verbs of killing that an attempt or a plot can govern. */
  kill: new Set(["kill", "assassinate", "murder", "poison", "eliminate", "shoot"]),
};

/** Modal verbs: what follows is possible, not reported as done. */
export const MODALS: ReadonlySet<string> = new Set([
  "could",
  "might",
  "may",
  "would",
  "should",
  "can",
  "must",
  "will",
  "shall",
  "'ll",
  "ca",
  "wo",
]);

/** Verbs that make what they govern a plan, a wish, a threat or an opinion rather than a fact. */
export const IRREALIS_VERBS: ReadonlySet<string> = new Set([
  "plan",
  "intend",
  "threaten",
  "want",
  "wish",
  "hope",
  "seek",
  "consider",
  "propose",
  "agree",
  "prepare",
  "vow",
  "promise",
  "urge",
  "call",
  "demand",
  "ask",
  "fear",
  "warn",
  "expect",
  "aim",
  "need",
  "refuse",
  "allow",
  "discuss",
  "debate",
  "weigh",
  "mull",
  "work",
  "decline",
  "hesitate",
  "able",
  "unable",
]);

/** Nouns after which "of X" names a possibility, not an event ("the risk of sabotage"). */
export const IRREALIS_NOUNS: ReadonlySet<string> = new Set([
  "risk",
  "threat",
  "danger",
  "fear",
  "possibility",
  "prospect",
  "likelihood",
  "chance",
  "plan",
  "idea",
  "ability",
  "capability",
  "wave",
  "spate",
  "series",
  "history",
  "kind",
  "sort",
  "type",
  "number",
  "case",
]);

/** Words that open a conditional or a question. */
export const CONDITIONALS: ReadonlySet<string> = new Set(["if", "unless", "whether", "lest"]);

/** Negation. */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never", "no", "nor", "neither"]);

/** Determiners that point back at events already told ("these expulsions", "his murder"). */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set([
  "this",
  "these",
  "those",
  "such",
  "that",
  "his",
  "her",
  "their",
]);

/** Words that open a subordinate clause. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "because",
  "since",
  "when",
  "while",
  "although",
  "though",
  "whereas",
  "until",
  "once",
  "as",
  "if",
  "unless",
  "whether",
]);

/** Relative pronouns: the clause they open says more about the noun before them. */
export const RELATIVES: ReadonlySet<string> = new Set(["who", "which", "whom", "whose", "where"]);

/** Verbs of saying and reporting, whose subject is a source rather than an actor. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "say",
  "tell",
  "claim",
  "report",
  "write",
  "announce",
  "state",
  "confirm",
  "deny",
  "allege",
  "add",
  "note",
  "explain",
  "indicate",
  "insist",
  "assert",
  "accuse",
  "believe",
  "think",
  "suggest",
  "argue",
  "recall",
  "remember",
]);

/** Titles before a name, which are not part of it. */
export const TITLES: ReadonlySet<string> = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "dr",
  "dr.",
  "president",
  "prime",
  "minister",
  "general",
  "gen.",
  "colonel",
  "col.",
  "major",
  "captain",
  "lieutenant",
  "sergeant",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "ambassador",
  "director",
  "chief",
  "king",
  "queen",
  "prince",
  "sir",
  "lord",
  "judge",
  "senator",
  "agent",
  "officer",
  "pilot",
  "defector",
]);

/** Relatives counted beside a named victim ("X, his wife and daughter"). */
export const KIN: ReadonlySet<string> = new Set([
  "wife",
  "husband",
  "son",
  "daughter",
  "child",
  "children",
  "mother",
  "father",
  "brother",
  "sister",
  "partner",
  "bodyguard",
  "driver",
]);
