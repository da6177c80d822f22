import {
  type Diagnostic,
  type EventBase,
  earliest,
  type ParserInput,
  parseNdjson,
  type Registry,
} from "@tradecraft/core";

export interface Summary {
  readonly events: number;
  /** The events themselves, in file order, without the duplicates reported. */
  readonly list: readonly EventBase[];
  readonly diagnostics: readonly Diagnostic[];
  readonly byType: ReadonlyMap<string, number>;
  readonly byInitiator: ReadonlyMap<string, number>;
  readonly byTarget: ReadonlyMap<string, number>;
  readonly byYear: ReadonlyMap<string, number>;
  readonly relations: ReadonlyMap<string, number>;
  /** Expulsions answered by expulsions: "RU -> US answers US -> RU". */
  readonly retaliations: readonly string[];
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * Reads NDJSON events, checks each against the registry, then checks what spans records: unique ids and
 * relations that point at events of the file. Counts what is left by type, actor, year and relation.
 */
export const summarize = async (input: ParserInput, registry: Registry): Promise<Summary> => {
  const events: EventBase[] = [];
  const lines = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  for await (const record of parseNdjson(input, { registry })) {
    if (record.kind === "diagnostic") diagnostics.push(record.diagnostic);
    if (record.kind !== "event") continue;
    const line = lines.get(record.event.id);
    if (line !== undefined) {
      diagnostics.push({
        code: "TC_DUPLICATE_ID",
        severity: "error",
        message: `id '${record.event.id}' was already used on line ${line}`,
        hint: "Ids are unique within a dataset; give this event its own.",
        position: record.position,
      });
      continue;
    }
    lines.set(record.event.id, record.position.line ?? 0);
    events.push(record.event);
  }

  const byId = new Map(events.map((e) => [e.id, e]));
  const byType = new Map<string, number>();
  const byInitiator = new Map<string, number>();
  const byTarget = new Map<string, number>();
  const byYear = new Map<string, number>();
  const relations = new Map<string, number>();
  const retaliations: string[] = [];
  for (const event of events) {
    bump(byType, event.type);
    bump(byInitiator, event.initiator ?? "(none)");
    bump(byTarget, event.target ?? "(none)");
    bump(byYear, event.date === undefined ? "(unknown)" : String(earliest(event.date)?.getUTCFullYear() ?? "(open)"));
    for (const relation of event.relations ?? []) {
      bump(relations, relation.kind);
      const other = byId.get(relation.event);
      if (other === undefined) {
        diagnostics.push({
          code: "TC_RELATION_TARGET_MISSING",
          severity: "error",
          message: `${event.id}: relation ${relation.kind} points at '${relation.event}', which is not in the dataset`,
          hint: "Add the event it refers to, or correct the id.",
          position: { line: lines.get(event.id) ?? 0 },
        });
      } else if (relation.kind === "retaliation_for") {
        retaliations.push(
          `${event.id} (${event.type} ${event.initiator ?? "?"} -> ${event.target ?? "?"}) answers ${other.id} (${other.type} ${other.initiator ?? "?"} -> ${other.target ?? "?"})`,
        );
      }
    }
  }
  return {
    events: events.length,
    list: events,
    diagnostics,
    byType,
    byInitiator,
    byTarget,
    byYear,
    relations,
    retaliations,
  };
};

const table = (title: string, counts: ReadonlyMap<string, number>) => {
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [`${title}:`, ...rows.map(([key, n]) => `  ${String(n).padStart(4)}  ${key}`)].join("\n");
};

/** The summary as the terminal shows it. */
export const formatSummary = (summary: Summary, name: string): string =>
  [
    `${name}: ${summary.events} events, ${summary.diagnostics.length} problems`,
    ...summary.diagnostics.map(
      (d) =>
        `  ${d.severity} ${d.code} line ${d.position?.line ?? "?"}: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ""}`,
    ),
    table("By type", summary.byType),
    table("By initiator", summary.byInitiator),
    table("By target", summary.byTarget),
    table("By year", summary.byYear),
    table("Relations", summary.relations),
    `Retaliations (${summary.retaliations.length}):`,
    ...summary.retaliations.map((r) => `  ${r}`),
  ].join("\n");
