import type { ParseRecord } from "@tradecraft/core";

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

const sorted = (counts: ReadonlyMap<string, number>) => [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));

/**
 * Counts what a parse produced, as records arrive: events by type, skips by reason, diagnostics by code. Every
 * row ends as exactly one record, so `records` is the number of rows read (a header row counts as a skip), and the
 * file-level diagnostics (a damaged archive) sit among the diagnostics.
 */
export class GdeltTally {
  events = 0;
  skipped = 0;
  diagnostics = 0;
  readonly byType = new Map<string, number>();
  readonly bySkipReason = new Map<string, number>();
  readonly byDiagnosticCode = new Map<string, number>();

  /** Counts one record and hands it back, so a loop can count as it goes. */
  add<R extends ParseRecord<{ type: string }>>(record: R): R {
    if (record.kind === "event") {
      this.events += 1;
      increment(this.byType, record.event.type);
    } else if (record.kind === "skip") {
      this.skipped += 1;
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

  /** A few lines for a terminal: the totals, then events by type, diagnostics by code, the commonest skip reasons. */
  format(topReasons = 5): string {
    const list = (counts: ReadonlyMap<string, number>, limit = Number.POSITIVE_INFINITY) =>
      sorted(counts)
        .slice(0, limit)
        .map(([key, n]) => `  ${n} ${key}`);
    return [
      `${this.records} rows: ${this.events} events, ${this.skipped} skipped, ${this.diagnostics} diagnostics`,
      ...(this.events > 0 ? ["events by type:", ...list(this.byType)] : []),
      ...(this.diagnostics > 0 ? ["diagnostics by code:", ...list(this.byDiagnosticCode)] : []),
      ...(this.skipped > 0 ? [`skipped, commonest reasons:`, ...list(this.bySkipReason, topReasons)] : []),
    ].join("\n");
  }
}
