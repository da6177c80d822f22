import { type Dataset, defineRule, type EventBase } from "@tradecraft/core";
import { entityOf } from "../lookups";
import type { ValidatorEventRule } from "../streaming";

/**
 * Counts against the names listed. That a count is a non-negative integer is the shape's business; this rule
 * compares it with the persons the event happens to (participants in role `subject` or `victim`: the expelled,
 * the arrested, the killed) — not suspects, officials or spokespeople, who are not what a count counts.
 */

type Participant = NonNullable<EventBase["participants"]>[number];
type Qualifier = NonNullable<EventBase["countQualifier"]>;

const COUNTED_ROLES = new Set(["subject", "victim"]);

/**
 * How many listed persons contradict a count, by its qualifier. `more_than` and `at_least` are lower bounds, and
 * `approximate`, `several`, `dozens`, `hundreds` are vague: no list contradicts them.
 */
const CONTRADICTS: Partial<Record<Qualifier | "none", (listed: number, count: number) => boolean>> = {
  none: (listed, count) => listed > count,
  exact: (listed, count) => listed > count,
  at_most: (listed, count) => listed > count,
  fewer_than: (listed, count) => listed >= count,
};

/** A participant is a person unless it refers to an entity that is not (`org:`...). */
const isPerson = (participant: Participant, dataset: Dataset | undefined): boolean => {
  if (participant.entity === undefined) return true;
  const entity = entityOf(dataset, participant.entity);
  return entity === undefined ? participant.entity.startsWith("person:") : entity.kind === "person";
};

export const listedPersons = defineRule<ValidatorEventRule>({
  id: "counts.listed-persons",
  scope: "event",
  severity: "warning",
  description:
    "A count is not below the number of persons listed as participants with role subject or victim, unless countQualifier makes it a lower bound or vague.",
  hint: "Correct the count, or qualify it (countQualifier approximate, at_least ...) when the source is vague.",
  *check(event, context) {
    if (event.count === undefined) return;
    const contradicts = CONTRADICTS[event.countQualifier ?? "none"];
    if (contradicts === undefined) return;
    const listed = (event.participants ?? []).filter(
      (participant) => COUNTED_ROLES.has(participant.role) && isPerson(participant, context.dataset),
    ).length;
    if (contradicts(listed, event.count)) {
      const qualifier = event.countQualifier === undefined ? "" : ` (${event.countQualifier})`;
      yield {
        message: `count is ${event.count}${qualifier}, but ${listed} person${listed === 1 ? " is" : "s are"} listed as subject or victim`,
        path: ["count"],
      };
    }
  },
});
