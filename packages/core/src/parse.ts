import type { Diagnostic } from "./diagnostics";
import type { ParsedItem, ParseRecord, Parser, ParserContext, ParserInput } from "./plugins";
import type { Registry, RegistryEvent } from "./registry";

/** Folds the diagnostics of one record into one, so every bad record counts once. */
export const mergeDiagnostics = (diagnostics: readonly Diagnostic[], base: Partial<Diagnostic> = {}): Diagnostic => {
  const [first] = diagnostics;
  if (first === undefined) throw new TypeError("mergeDiagnostics needs at least one diagnostic");
  const hints = [...new Set(diagnostics.flatMap((d) => (d.hint === undefined ? [] : [d.hint])))];
  return {
    ...first,
    ...base,
    message: diagnostics.length === 1 ? first.message : diagnostics.map((d) => d.message).join("; "),
    ...(hints.length === 0 ? {} : { hint: hints.join(" ") }),
  };
};

/** Checks one parsed item against the registry: an event that fails its schema becomes one diagnostic at its position. */
export const checkRecord = <R extends Registry>(registry: R, item: ParsedItem): ParseRecord<RegistryEvent<R>> => {
  if (item.kind !== "event") return item;
  const result = registry.parseEvent(item.event);
  return result.success
    ? { kind: "event", event: result.event as RegistryEvent<R>, position: item.position }
    : { kind: "diagnostic", diagnostic: mergeDiagnostics(result.diagnostics, { position: item.position }) };
};

/**
 * Runs a parser and checks every candidate event against the registry: what comes out is typed by the registry,
 * and a candidate that fails its schema becomes one diagnostic at the record's position.
 */
export async function* parseWith<R extends Registry, Options>(
  registry: R,
  parser: Parser<Options>,
  input: ParserInput,
  options: Options,
  context: Omit<ParserContext, "registry"> = {},
): AsyncGenerator<ParseRecord<RegistryEvent<R>>> {
  for await (const item of parser.parse(input, options, { ...context, registry })) yield checkRecord(registry, item);
}
