import { z } from "zod";
import {
  ActorSchema,
  AttributionSchema,
  CitationSchema,
  CountQualifierSchema,
  EdtfDateSchema,
  ExtSchema,
  IdSchema,
  LocationSchema,
  listOf,
  ParticipantSchema,
  RelationSchema,
  TagSchema,
} from "./common";

/** Event type names: lower-case snake case, so that they are safe as CSV values, CSS classes and file names. */
export const EventTypeNameSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, {
  error: (issue) =>
    `'${String(issue.input)}' is not an event type name: use lower-case snake case such as sanctions_designation`,
});

/**
 * The fields every event has, whatever its type. Parsers, validators and exporters work through these, so they
 * handle event types they have never heard of. Unknown keys are refused, not dropped: custom data goes in `ext`.
 */
export const eventBaseShape = {
  /** Stable and unique within a dataset. */
  id: IdSchema,
  /** The event type; each registered type fixes what the other fields mean for it. */
  type: EventTypeNameSchema,
  /** When it happened, as EDTF level 0/1; absent when the date is unknown. */
  date: EdtfDateSchema.optional(),
  /** Who did it; the meaning is fixed per type (see each type's documentation). */
  initiator: ActorSchema.optional(),
  /** Whom it was done to; the meaning is fixed per type. */
  target: ActorSchema.optional(),
  /** Other parties with a role: the expelled, the victims, the mediators. */
  participants: listOf(ParticipantSchema).optional(),
  location: LocationSchema.optional(),
  /** People or objects affected, where the type counts something. */
  count: z.int().nonnegative().optional(),
  /** How the count was hedged; `several` and its kin may stand without a count. */
  countQualifier: CountQualifierSchema.optional(),
  /** One or two sentences in the dataset author's own words. */
  summary: z.string().min(1).optional(),
  sources: listOf(CitationSchema).optional(),
  attribution: AttributionSchema.optional(),
  /** How likely the event is to have happened as recorded, 0..1. */
  confidence: z.number().min(0).max(1).optional(),
  relations: listOf(RelationSchema).optional(),
  tags: listOf(TagSchema).optional(),
  ext: ExtSchema.optional(),
} as const;

/**
 * An event of any type seen through its common fields: those are checked, type-specific keys are kept as they
 * are. What code that handles every type (exporters, generic validators) reads.
 */
export const EventBaseSchema = z.looseObject(eventBaseShape);

/** An event of any registered type, seen through its common fields. */
export type EventBase = z.infer<typeof EventBaseSchema>;

/** Type-specific fields may use any zod schema; they sit beside the common fields. */
export type EventFieldsShape = z.ZodRawShape;
