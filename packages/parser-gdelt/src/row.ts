import type { Diagnostic, Position } from "@tradecraft/core";
import type { GdeltColumn, GdeltLayout } from "./columns";
import { type GdeltProblemCode, gdeltDiagnostic } from "./diagnostics";

const INTEGER = /^-?\d+$/;
// Each digit can be matched one way only (`\d+\.?\d*` backtracks quadratically on a long run of digits).
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

interface NumberCheck {
  readonly min?: number;
  readonly max?: number;
  readonly required?: boolean;
  /** The problem to report, when it is more telling than a bad number (a latitude is a bad place). */
  readonly code?: GdeltProblemCode;
}

/**
 * One row's fields read by column name, collecting every problem found so the row ends as one diagnostic that
 * names them all.
 */
export class GdeltRow {
  readonly problems: Diagnostic[] = [];

  constructor(
    readonly fields: readonly string[],
    readonly layout: GdeltLayout,
    readonly position: Position,
  ) {}

  /** The column's text, "" when empty or when this layout has no such column. */
  text(column: GdeltColumn): string {
    const i = this.layout.index[column];
    return i === undefined ? "" : (this.fields[i] ?? "");
  }

  has(column: GdeltColumn): boolean {
    return this.layout.index[column] !== undefined;
  }

  problem(code: GdeltProblemCode, column: GdeltColumn, message: string): undefined {
    const value = this.text(column);
    this.problems.push(
      gdeltDiagnostic(code, `${column}: ${message}`, { position: this.position, path: [column], excerpt: value }),
    );
    return undefined;
  }

  /** An integer column; empty gives undefined, or a problem when `required`. */
  integer(column: GdeltColumn, check: NumberCheck = {}): number | undefined {
    return this.#number(column, INTEGER, "an integer", check);
  }

  /** A decimal column; empty gives undefined, or a problem when `required`. */
  decimal(column: GdeltColumn, check: NumberCheck = {}): number | undefined {
    return this.#number(column, DECIMAL, "a number", check);
  }

  #number(column: GdeltColumn, pattern: RegExp, what: string, check: NumberCheck): number | undefined {
    const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY, code = "TC_GDELT_BAD_NUMBER" } = check;
    const text = this.text(column);
    if (text === "") return check.required ? this.problem(code, column, `empty, expected ${what}`) : undefined;
    const value = Number(text);
    if (!pattern.test(text) || !Number.isFinite(value)) return this.problem(code, column, `'${text}' is not ${what}`);
    if (value < min || value > max) return this.problem(code, column, `${text} is outside ${min}..${max}`);
    return value;
  }
}
