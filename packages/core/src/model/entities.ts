import { z } from "zod";
import { CountryCodeSchema, EdtfDateSchema, EntityIdSchema, ExtSchema, TagSchema } from "./common";

const entityCommon = {
  id: EntityIdSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  /** Wikidata QID, the identifier PLOVER/POLECAT and FollowTheMoney share. */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/)
    .optional(),
  description: z.string().optional(),
  tags: z.array(TagSchema).optional(),
  ext: ExtSchema.optional(),
};

/** A state as an entity, for datasets that describe states beyond their code (names used, dates of existence). */
export const StateEntitySchema = z.strictObject({
  ...entityCommon,
  kind: z.literal("state"),
  country: CountryCodeSchema,
});

export const OrganizationTypeSchema = z.enum([
  "intelligence_service",
  "security_service",
  "ministry",
  "diplomatic_mission",
  "military_unit",
  "police",
  "court",
  "government",
  "company",
  "media",
  "criminal_group",
  "international_organization",
  "ngo",
  "other",
]);

/** A service, ministry, mission, unit, company, outlet, gang or international body. */
export const OrganizationEntitySchema = z.strictObject({
  ...entityCommon,
  kind: z.literal("organization"),
  organizationType: OrganizationTypeSchema,
  /** The state it belongs to or serves. */
  country: CountryCodeSchema.optional(),
  /** The organization it is part of (a directorate of a service, a consulate of a ministry). */
  parent: EntityIdSchema.optional(),
  /** Short forms used in text: FSB, GRU, MI6. */
  abbreviations: z.array(z.string().min(1)).optional(),
});

/** A person: officers, diplomats, defectors, victims, the accused. */
export const PersonEntitySchema = z.strictObject({
  ...entityCommon,
  kind: z.literal("person"),
  nationalities: z.array(CountryCodeSchema).optional(),
  /** What they are or were: "GRU officer", "military pilot", "diplomat". */
  roles: z.array(z.string().min(1)).optional(),
  /** Organizations (entity ids) they served. */
  affiliations: z.array(EntityIdSchema).optional(),
  born: EdtfDateSchema.optional(),
  died: EdtfDateSchema.optional(),
});

export const EntitySchema = z.discriminatedUnion("kind", [
  StateEntitySchema,
  OrganizationEntitySchema,
  PersonEntitySchema,
]);

export type Entity = z.infer<typeof EntitySchema>;
export type StateEntity = z.infer<typeof StateEntitySchema>;
export type OrganizationEntity = z.infer<typeof OrganizationEntitySchema>;
export type PersonEntity = z.infer<typeof PersonEntitySchema>;
