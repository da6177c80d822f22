import { z } from "zod";
import { IdSchema, SourceFieldsSchema } from "./common";
import { EntitySchema } from "./entities";
import { type EventBase, EventBaseSchema } from "./event";

/** A report events cite by id. */
export const SourceSchema = SourceFieldsSchema.extend({
  id: IdSchema,
  /** The report's text, when the dataset keeps it, so evidence offsets can be checked. */
  text: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** The native interchange format's version; readers refuse versions they do not know. */
export const FORMAT_VERSION = "1.0";

export const DatasetMetaSchema = z.strictObject({
  format: z.literal("tradecraft", { error: 'meta.format must be "tradecraft"' }).optional(),
  version: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  license: z.string().optional(),
  created: z.iso.datetime({ offset: true }).optional(),
  generator: z.string().optional(),
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

/**
 * Events, the entities and sources they reference by id, and a description: the native interchange form.
 * Events are checked here through their common fields; `readDataset` checks each against its registered type.
 */
export const DatasetSchema = z.strictObject({
  meta: DatasetMetaSchema.optional(),
  events: z.array(EventBaseSchema),
  entities: z.array(EntitySchema).optional(),
  sources: z.array(SourceSchema).optional(),
});

/** A dataset whose events are of the union `E` (by default any type, seen through the common fields). */
export type Dataset<E = EventBase> = Omit<z.infer<typeof DatasetSchema>, "events"> & { events: E[] };
