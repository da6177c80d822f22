import type { Mention } from "./mentions";
import type { Token } from "./sentences";
import { governingVerb } from "./syntax";

/** Who says an event happened, and how firmly, from the wording of its sentence. */
export interface Attribution {
  readonly status: "reported" | "alleged" | "confirmed" | "denied";
  /** States or services making the claim. */
  readonly by?: readonly string[];
}

/** Adverbs that hedge the verb they stand before ("allegedly poisoned"). */
const ALLEGING_ADVERBS = new Set(["allegedly", "purportedly"]);
/** Verbs that make what they govern an accusation ("was accused of interfering"). */
const ALLEGING_VERBS = new Set(["accuse", "suspect", "allege"]);
const REPORTING_ADVERBS = new Set(["reportedly", "apparently", "supposedly"]);
const REPORTING_VERBS = new Set(["claim", "say", "report", "write", "allege", "tell", "believe", "assert", "insist"]);
const REPORT_NOUNS = new Set(["report", "reports", "claim", "claims"]);

const stateIn = (mentions: readonly Mention[], from: number, to: number): string[] => [
  ...new Set(
    mentions
      .filter((m) => m.first >= from && m.last <= to && m.state !== undefined && m.kind !== "place")
      .map((m) => m.state as string),
  ),
];

/**
 * Reads the attribution of the event whose trigger head is at `head`: "accused of", "suspected of",
 * "allegedly" make it alleged; "reportedly", "according to X", "X claims", "there have been reports that" make
 * it reported, by X when X names a state or a service.
 */
export const attributionOf = (
  tokens: readonly Token[],
  mentions: readonly Mention[],
  head: number,
  /** For a noun, the verb before it ("accused of running a disinformation campaign"). */
  nounVerb?: number,
): Attribution | undefined => {
  // "suspected spies were arrested" hedges the spying, not the arrest: only the event's own verb chain counts.
  const verb = nounVerb ?? head;
  const governor = governingVerb(tokens, verb) ?? (nounVerb === undefined ? undefined : nounVerb);
  const hedged = tokens.slice(Math.max(0, head - 3), head).some((t) => ALLEGING_ADVERBS.has(t.lower));
  if (hedged || (governor !== undefined && ALLEGING_VERBS.has((tokens[governor] as Token).lemma))) {
    return { status: "alleged" };
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      let end = i + 2;
      while (end < tokens.length && (tokens[end] as Token).text !== "," && (tokens[end] as Token).text !== ".") end++;
      const by = stateIn(mentions, i + 2, end);
      return by.length > 0 ? { status: "reported", by } : { status: "reported" };
    }
    if (REPORTING_ADVERBS.has(t.lower) || REPORT_NOUNS.has(t.lower)) return { status: "reported" };
    if (REPORTING_VERBS.has(t.lemma) && t.pos === "VERB" && i !== head) {
      // "X said that ..." before the event, or "..., X said." after it: X is the source.
      let from = i - 1;
      while (from > 0 && (tokens[from - 1] as Token).text !== "," && from > (i > head ? head : 0)) from--;
      const by = stateIn(mentions, i > head ? from : 0, i - 1);
      return by.length > 0 ? { status: "reported", by } : { status: "reported" };
    }
  }
  return undefined;
};
