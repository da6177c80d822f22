import { defineRule, earliest, type RuleIssue, relateDates, toIsoDay } from "@tradecraft/core";
import { certainlyBefore, type EventIndex } from "../event-index";
import { sourceOf } from "../lookups";
import { defineStreamingRule, type ValidatorEventRule } from "../streaming";

/**
 * Dates that cannot be. Whether a date string is valid EDTF, a real calendar day, and an interval whose ends
 * are in order is the shape's business (core's date parser refuses the rest); these rules compare dates with
 * each other and with the present, and only flag what is certain across precisions: `2018` is not before
 * `2018-03-04`.
 */

/** UTC+14 is the first zone to reach a date: an event dated "today" there is not yet in the future. */
const EARLIEST_ZONE_AHEAD_MS = 14 * 3_600_000;

/** Years before this are almost always typos or padding (ACLED once served year 0025). */
export const EARLIEST_PLAUSIBLE_YEAR = 1800;

export const notAfterPublication = defineRule<ValidatorEventRule>({
  id: "dates.not-after-publication",
  scope: "event",
  severity: "error",
  description: "An event is not dated after the publication of a source that reports it.",
  hint: "A report cannot describe what has not happened yet: check the event's date and the source's published date (for a measure announced in advance, date the announcement).",
  *check(event, context) {
    if (event.date === undefined) return;
    for (const [i, citation] of (event.sources ?? []).entries()) {
      const inline = citation.published;
      const published = inline ?? sourceOf(context.dataset, citation.source)?.published;
      if (published === undefined) continue;
      // A timestamp's own calendar date, as written with its offset: event dates are local calendar dates too.
      const day = published.slice(0, 10);
      if (relateDates(event.date, day) === "after") {
        yield {
          message: `the event is dated ${event.date}, after its source was published (${day})`,
          path: ["sources", i, inline === undefined ? "source" : "published"],
        };
      }
    }
  },
});

export const notInFuture = defineRule<ValidatorEventRule>({
  id: "dates.not-in-future",
  scope: "event",
  severity: "error",
  description: "An event is not dated after today (the `now` option, by default the present).",
  hint: "Check the year and the day/month order; a planned event is recorded when it happens.",
  *check(event, context) {
    if (event.date === undefined) return;
    const today = toIsoDay(context.now.getTime() + EARLIEST_ZONE_AHEAD_MS);
    if (relateDates(event.date, today) === "after") {
      yield { message: `the event is dated ${event.date}, after today (${today})`, path: ["date"] };
    }
  },
});

export const implausiblyEarly = defineRule<ValidatorEventRule>({
  id: "dates.implausibly-early",
  scope: "event",
  severity: "warning",
  description: `An event does not start before ${EARLIEST_PLAUSIBLE_YEAR}.`,
  hint: "Check for a truncated or padded year (0025 for 2025, 1018 for 2018).",
  *check(event) {
    const start = earliest(event.date);
    if (start !== null && start.getUTCFullYear() < EARLIEST_PLAUSIBLE_YEAR) {
      yield {
        message: `the event is dated ${event.date}, before ${EARLIEST_PLAUSIBLE_YEAR}: probably a mistyped year`,
        path: ["date"],
      };
    }
  },
});

/** The relations that say "this event comes in answer to, or after, that one". */
const ANSWERING = new Set(["retaliation_for", "follows"]);

const answeredTooEarly = (
  index: EventIndex,
  answer: number,
  cause: number,
  relation: { kind: string; position: number },
): RuleIssue | undefined => {
  if (!certainlyBefore(index, answer, cause)) return undefined;
  const causeId = index.idOf(cause);
  return {
    eventId: index.idOf(answer),
    path: ["relations", relation.position, "event"],
    message: `${relation.kind} '${causeId}', but this event is over by ${toIsoDay(index.endOf(answer))}, before '${causeId}' begins (${toIsoDay(index.startOf(cause))})`,
  };
};

export const answerBeforeCause = defineStreamingRule({
  id: "dates.answer-before-cause",
  severity: "error",
  description:
    "An event that answers or follows another (`retaliation_for`, `follows`) is not dated certainly before it.",
  hint: "Check both dates, and the relation's direction: it goes from the answer to what it answers.",
  start({ index }) {
    // Relations to events not seen yet, settled at the end: only these are kept, not every event's relations.
    const pending: { answer: number; cause: string; kind: string; position: number }[] = [];
    return {
      *observe(event, ordinal) {
        for (const [position, relation] of (event.relations ?? []).entries()) {
          if (!ANSWERING.has(relation.kind)) continue;
          const cause = index.ordinalOf(relation.event);
          if (cause === undefined) {
            pending.push({ answer: ordinal, cause: relation.event, kind: relation.kind, position });
            continue;
          }
          const issue = answeredTooEarly(index, ordinal, cause, { kind: relation.kind, position });
          if (issue !== undefined) yield issue;
        }
      },
      *finish() {
        for (const { answer, cause, kind, position } of pending) {
          const ordinal = index.ordinalOf(cause);
          const issue =
            ordinal === undefined ? undefined : answeredTooEarly(index, answer, ordinal, { kind, position });
          if (issue !== undefined) yield issue;
        }
      },
    };
  },
});
