import { parseDate } from "@tradecraft/core";
import type { Candidate } from "./candidates";

/**
 * When two readings state the same event: within a sentence ("a meeting ... where officials discussed", "shot
 * and killed"), and across the article (a headline and the body, a summary and the detail). The better-specified
 * reading absorbs the other, which adds its sentence as further evidence.
 */

const surname = (name: string) => name.toLowerCase().split(" ").at(-1) ?? "";
const sharePerson = (a: Candidate, b: Candidate) => a.persons.some((p) => b.persons.map(surname).includes(surname(p)));

const datesAgree = (a: string | undefined, b: string | undefined): boolean => {
  if (a === undefined || b === undefined) return true;
  const [x, y] = [parseDate(a), parseDate(b)];
  const [xs, ys] = [x.start, y.start];
  if (typeof xs !== "object" || typeof ys !== "object") return true;
  const [xe, ye] = [x.end, y.end];
  const xMax = typeof xe === "object" ? xe.max : Number.POSITIVE_INFINITY;
  const yMax = typeof ye === "object" ? ye.max : Number.POSITIVE_INFINITY;
  return xs.min <= yMax && ys.min <= xMax;
};

const conflict = <T>(a: T | undefined, b: T | undefined) => a !== undefined && b !== undefined && a !== b;

/** Nothing the two readings say contradicts the other. */
const compatible = (a: Candidate, b: Candidate): boolean =>
  a.type === b.type &&
  !conflict(a.initiator, b.initiator) &&
  !conflict(a.target, b.target) &&
  !conflict(a.count?.count, b.count?.count) &&
  datesAgree(a.date, b.date) &&
  !(a.place?.stated && b.place?.stated && conflict(a.place.country, b.place.country)) &&
  !conflict(a.place?.city, b.place?.city) &&
  !(a.persons.length > 0 && b.persons.length > 0 && !sharePerson(a, b));

/** A reading with nothing of its own to tell it apart: no count, date or person. */
const vague = (c: Candidate) => c.count === undefined && c.date === undefined && c.persons.length === 0;
const shareActor = (a: Candidate, b: Candidate) =>
  (a.initiator !== undefined && a.initiator === b.initiator) || (a.target !== undefined && a.target === b.target);

/** Two verbs with subjects of their own ("a boss fell ... and a minister died ...") tell two events. */
const ownSubjects = (a: Candidate, b: Candidate) =>
  a.subject !== undefined && b.subject !== undefined && (a.subject[1] < b.subject[0] || b.subject[1] < a.subject[0]);

/** Two readings in one sentence are one event when they agree, share their subject, and at most one counts. */
export const sameInSentence = (a: Candidate, b: Candidate): boolean =>
  compatible(a, b) &&
  !ownSubjects(a, b) &&
  (a.count === undefined || b.count === undefined || a.count.count === b.count.count);

/** Two readings from different sentences are one event when they agree and something identifies them as one. */
export const sameAcrossSentences = (a: Candidate, b: Candidate): boolean => {
  if (!compatible(a, b)) return false;
  if (sharePerson(a, b)) return true;
  if (!shareActor(a, b)) return false;
  // In a wave every state expels "two Russian diplomats": a count or a date identifies an event only with its doer.
  const sameDoer = a.initiator !== undefined && a.initiator === b.initiator;
  if (sameDoer && a.count?.count !== undefined && a.count.count === b.count?.count) return true;
  if (sameDoer && a.date !== undefined && a.date === b.date) return true;
  // A reading with nothing of its own joins one that names the same two parties.
  return (vague(a) || vague(b)) && a.initiator === b.initiator && a.target === b.target;
};

const detail = (c: Candidate) =>
  [c.initiator, c.target, c.count, c.date, c.place?.stated ? c.place : undefined, c.attribution].filter(
    (v) => v !== undefined,
  ).length +
  c.persons.length +
  (c.place?.city ? 1 : 0) +
  (c.inherited ? -1 : 0) +
  (c.sentence.heading ? -2 : 0);

/** Merges two readings of one event into the better-specified one, which keeps its own values first. */
export const mergeCandidates = (a: Candidate, b: Candidate): Candidate => {
  const [base, other] = detail(b) > detail(a) ? [b, a] : [a, b];
  const place = base.place?.stated || !other.place?.stated ? (base.place ?? other.place) : other.place;
  const initiator = base.initiator ?? other.initiator;
  const target = base.target ?? other.target;
  const count = base.count ?? other.count;
  const date = base.date ?? other.date;
  const attribution = base.attribution ?? other.attribution;
  return {
    ...base,
    ...(initiator === undefined ? {} : { initiator }),
    ...(target === undefined ? {} : { target }),
    ...(count === undefined ? {} : { count }),
    ...(date === undefined ? {} : { date }),
    ...(place === undefined ? {} : { place }),
    ...(attribution === undefined ? {} : { attribution }),
    persons: [
      ...new Set([...base.persons, ...other.persons.filter((p) => !base.persons.map(surname).includes(surname(p)))]),
    ],
    fields: { ...other.fields, ...base.fields },
    inherited: base.inherited && other.inherited,
    also: [...new Set([...base.also, other.sentence, ...other.also])].filter((s) => s !== base.sentence),
  };
};
