import { type Diagnostic, type EventBase, type ParserInput, parseNdjson, type Registry } from "@tradecraft/core";

export interface Dataset {
  /** The events that passed their schema, in file order. */
  readonly events: readonly EventBase[];
  /** One per record that did not: its line, what is wrong and a hint. Ids and relations are the validators' job. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads an NDJSON dataset whole: the main job validates and draws all of it at once. */
export const readDataset = async (input: ParserInput, registry: Registry): Promise<Dataset> => {
  const events: EventBase[] = [];
  const diagnostics: Diagnostic[] = [];
  for await (const record of parseNdjson(input, { registry })) {
    if (record.kind === "event") events.push(record.event);
    else if (record.kind === "diagnostic") diagnostics.push(record.diagnostic);
  }
  return { events, diagnostics };
};
