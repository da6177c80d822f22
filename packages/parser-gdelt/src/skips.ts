import type { DomainGuard } from "./cameo-mapping";

/**
 * Why rows are skipped. Every reason this package writes belongs to one kind and says so in its first words, so
 * that a tally can group thousands of reasons into a few kinds:
 * - `outside-domain`: a CAMEO code the table does not name;
 * - `table`: a code the table names and deliberately leaves out (threats, intents, domestic measures ...);
 * - `guard`: a mapped code whose actors fail its domain guard;
 * - `filter`: left out by an option (codes, countries, dates, QuadClass, mentions);
 * - `collapsed`: a near-identical row merged into an earlier row's event;
 * - `header`: a header row a tool added.
 */
export type SkipKind = "outside-domain" | "table" | "guard" | "filter" | "collapsed" | "header";

export const COLLAPSED_REASON =
  "collapsed into an earlier row's event (same day, actors' countries, CAMEO base code and place)";

export const HEADER_REASON = "header row";

export const FILTERED = {
  codes: "filtered out: CAMEO code not among the requested codes",
  from: "filtered out: before from",
  to: "filtered out: after to",
  quadClasses: "filtered out: QuadClass not among the requested ones",
  minMentions: "filtered out: fewer NumMentions than minMentions",
  actorCountries: "filtered out: no actor of the requested countries",
} as const;

export const guardReason = (code: string, guard: DomainGuard): string =>
  `CAMEO ${code} fails its domain guard (${guard})`;

/** The kind of a skip reason this package wrote, or undefined for any other text. */
export const skipKind = (reason: string): SkipKind | undefined => {
  if (reason === COLLAPSED_REASON) return "collapsed";
  if (reason === HEADER_REASON) return "header";
  if (reason.startsWith("filtered out: ")) return "filter";
  if (/^CAMEO \d+ fails its domain guard /.test(reason)) return "guard";
  if (/^CAMEO \d+ \(.*\) is skipped: /.test(reason)) return "table";
  if (/^CAMEO \d+ \(.*\) is outside the domain$/.test(reason)) return "outside-domain";
  return undefined;
};
