import type { ParseRecord } from "@tradecraft/core";
import { type SkipKind, skipKind } from "./skips";

const increment = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

const sorted = <K extends string>(counts: ReadonlyMap<K, number>) =>
  [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));

const KIND_LABELS: Record<SkipKind | "other", string> = {
  "outside-domain": "outside the domain",
  table: "left out by the CAMEO table",
  guard: "failing a domain guard",
  filter: "filtered out by an option",
  collapsed: "collapsed into another row's event",
  header: "header rows",
  other: "other",
};

/**
 * Counts what a parse produced, as records arrive: events by type, skips by kind and by reason, diagnostics by
 * code. Every row ends as exactly one record, so `records` is the number of rows read (a header row counts as a
 * skip); file-level problems (a damaged archive) count among the diagnostics.
 */
export class GdeltTally {
  events = 0;
  skipped = 0;
  diagnostics = 0;
  readonly byType = new Map<string, number>();
  readonly bySkipKind = new Map<SkipKind | "other", number>();
  readonly bySkipReason = new Map<string, number>();
  readonly byDiagnosticCode = new Map<string, number>();

  /** Counts one record and hands it back, so a loop can count as it goes. */
  add<R extends ParseRecord<{ type: string }>>(record: R): R {
    if (record.kind === "event") {
      this.events += 1;
      increment(this.byType, record.event.type);
    } else if (record.kind === "skip") {
      this.skipped += 1;
      increment(this.bySkipKind, skipKind(record.reason) ?? "other");
      increment(this.bySkipReason, record.reason);
    } else {
      this.diagnostics += 1;
      increment(this.byDiagnosticCode, record.diagnostic.code);
    }
    return record;
  }

  get records(): number {
    return this.events + this.skipped + this.diagnostics;
  }

  /** A few lines for a terminal: the totals, events by type, diagnostics by code, skips by kind and commonest reason. */
  format(topReasons = 3): string {
    const list = <K extends string>(counts: ReadonlyMap<K, number>, label = (key: K): string => key) =>
      sorted(counts).map(([key, n]) => `  ${n} ${label(key)}`);
    return [
      `${this.records} rows: ${this.events} events, ${this.skipped} skipped, ${this.diagnostics} diagnostics`,
      ...(this.events > 0 ? ["events by type:", ...list(this.byType)] : []),
      ...(this.diagnostics > 0 ? ["diagnostics by code:", ...list(this.byDiagnosticCode)] : []),
      ...(this.skipped > 0 ? ["skipped:", ...list(this.bySkipKind, (kind) => KIND_LABELS[kind])] : []),
      ...(this.skipped > 0 && topReasons > 0
        ? ["commonest skip reasons:", ...list(this.bySkipReason).slice(0, topReasons)]
        : []),
    ].join("\n");
  }
}
