import type { CitationSchema, LocationSchema, ParticipantSchema } from "@tradecraft/core";
import type { z } from "zod";

/** Core's schemas, as the types this package builds (core exports the schemas, not these names). */
export type Citation = z.infer<typeof CitationSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
