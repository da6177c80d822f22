import { defineRule, type EventRule } from "@tradecraft/core";

/** Types whose count the desk reports in its weekly tables. */
const COUNTED = new Set(["expulsion", "arrest", "defection"]);

/**
 * A desk's own rule: every expulsion, arrest and defection says how many people it concerns, as a number or at
 * least as a vague quantity ("several"). The weekly tables add these counts up, so an event without one is a hole.
 */
export const countRequired = defineRule<EventRule>({
  id: "desk.count-required",
  scope: "event",
  severity: "warning",
  description: "Expulsions, arrests and defections state how many people they concern.",
  hint: "Add count (with countQualifier when the source hedges: approximate, more_than ...), or countQualifier 'several' when it gives no figure.",
  *check(event) {
    if (!COUNTED.has(event.type)) return;
    const { count, countQualifier } = event as typeof event & { count?: number; countQualifier?: string };
    if (count === undefined && countQualifier === undefined) {
      yield { message: `this ${event.type} does not say how many people it concerns`, path: ["count"] };
    }
  },
});
