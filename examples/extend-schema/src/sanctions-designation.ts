import { coreRegistry, defineEventType, definePlugin, defineRule } from "@tradecraft/core";
import { z } from "zod";

/**
 * A compliance team's own event type: a person or company put on a sanctions list. It has the common fields
 * of every event (id, date, initiator, target, sources ...) plus its own.
 */
export const sanctionsDesignation = defineEventType({
  type: "sanctions_designation",
  description: "A person, company or unit added to a state's sanctions list.",
  initiator: "the designating state",
  target: "the state the designated party serves, when the listing says so",
  fields: {
    listName: z.string().min(1),
    designatedParty: z.string().min(1),
    partyKind: z.enum(["person", "company", "unit", "vessel"]),
    /** The listing's own reference, e.g. "RUS0123". */
    reference: z.string().optional(),
  },
});

/** A rule the team wants on every designation it records. */
const referenceRequired = defineRule({
  id: "acme.designation-reference",
  description: "A designation quotes the list's own reference, so it can be checked against the list.",
  severity: "warning",
  scope: "event",
  hint: "Copy the reference from the published list.",
  *check(event) {
    if (event.type === "sanctions_designation" && event.reference === undefined) {
      yield { message: "the designation has no list reference", eventId: event.id, path: ["reference"] };
    }
  },
});

/** The plugin bundles the type and its rule; `--plugin` loads the same object in the command line. */
export const acmeSanctions = definePlugin({
  name: "acme-sanctions",
  version: "1.0.0",
  eventTypes: [sanctionsDesignation],
  rules: [referenceRequired],
});

/** The app's registry: the core types plus its own. */
export const registry = coreRegistry.use(acmeSanctions);
