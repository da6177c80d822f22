import { formatPath, type Severity } from "@tradecraft/core";
import type { Reciprocity } from "./reciprocity";
import type { Report, ReportIssue } from "./report";

/**
 * Renderers: for people (grouped by event, colour only when asked) and for programs (JSON). Nothing here reads
 * the process: whoever prints decides about colour, with `wantsColor` if it likes.
 */

export interface HumanOptions {
  /** ANSI colours; off unless asked for (see `wantsColor`). */
  readonly color?: boolean;
  /** How many rows of each reciprocity list (pairs of states, answers) to show; the JSON report has them all. */
  readonly maxRows?: number;
}

/**
 * Whether to colour output written to a stream: never with NO_COLOR set, always with FORCE_COLOR (other than
 * "0"), else only on a terminal. Pass `process.stdout` and `process.env`.
 */
export const wantsColor = (
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = {},
): boolean => {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0";
  return stream.isTTY === true;
};

const ANSI = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], bold: [1, 22], dim: [2, 22] } as const;
type Style = keyof typeof ANSI;
const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "cyan" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The report as a terminal shows it. */
export const renderHuman = (report: Report, options: HumanOptions = {}): string => {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text;
  const width = Math.max(0, ...report.issues.map((issue) => issue.rule.length));
  const line = (issue: ReportIssue) => {
    const where = issue.path === undefined || issue.path.length === 0 ? "" : `${formatPath(issue.path)}: `;
    const lines = [
      `  ${paint(SEVERITY_STYLE[issue.severity], issue.severity.padEnd(7))}  ${paint("dim", issue.rule.padEnd(width))}  ${where}${issue.message}`,
    ];
    if (issue.hint !== undefined)
      lines.push(`  ${" ".repeat(7 + 2 + width + 2)}${paint("dim", `hint: ${issue.hint}`)}`);
    return lines.join("\n");
  };

  const sections: string[] = [];
  const groups = new Map<number, ReportIssue[]>();
  const datasetIssues: ReportIssue[] = [];
  for (const issue of report.issues) {
    if (issue.record === undefined) {
      datasetIssues.push(issue);
      continue;
    }
    const group = groups.get(issue.record) ?? [];
    group.push(issue);
    groups.set(issue.record, group);
  }
  for (const [record, issues] of groups) {
    const id = issues.find((issue) => issue.eventId !== undefined)?.eventId;
    const title = `events[${record}]${id === undefined ? "" : ` ${id}`}`;
    sections.push([paint("bold", title), ...issues.map(line)].join("\n"));
  }
  if (datasetIssues.length > 0) {
    sections.push([paint("bold", "dataset"), ...datasetIssues.map(line)].join("\n"));
  }
  if (report.omitted > 0) {
    sections.push(
      paint("dim", `${plural(report.omitted, "more issue")} found but not kept (raise maxIssues to see them)`),
    );
  }
  // Rules skipped for the same reason read as one section: the rules, then the reason.
  const skipped = new Map<string, string[]>();
  for (const note of report.notes) skipped.set(note.message, [...(skipped.get(note.message) ?? []), note.rule]);
  for (const [message, rules] of skipped)
    sections.push(`${paint("bold", rules.join(", "))}\n  ${paint("dim", message)}`);
  if (report.reciprocity !== undefined && report.reciprocity.expulsions > 0) {
    sections.push(renderReciprocity(report.reciprocity, options.maxRows ?? 10, paint));
  }

  const { error, warning, info } = report.counts;
  const found = [plural(error, "error"), plural(warning, "warning"), plural(info, "info")].join(", ");
  const total = `${found} in ${plural(report.records, "record")} (${report.events} checked)`;
  sections.push(error > 0 ? paint("red", total) : warning > 0 ? paint("yellow", total) : total);
  return `${sections.join("\n\n")}\n`;
};

const renderReciprocity = (summary: Reciprocity, maxRows: number, paint: (style: Style, text: string) => string) => {
  const inferred = summary.answers.filter((answer) => answer.inferred).length;
  const capped = (rows: string[], what: string) =>
    rows.length > maxRows
      ? [
          ...rows.slice(0, maxRows),
          paint("dim", `  ... ${plural(rows.length - maxRows, `more ${what}`)} in the JSON report`),
        ]
      : rows;
  const pairs = summary.pairs.map((pair) => {
    const delay = pair.medianDelayDays === undefined ? "" : `, median delay ${plural(pair.medianDelayDays, "day")}`;
    return `  ${pair.initiator} -> ${pair.target}: ${plural(pair.expulsions, "expulsion")}, ${pair.answered} answered${delay}`;
  });
  const answers = summary.answers.map((answer) => {
    const by = answer.by === undefined ? "" : ` by ${answer.by}`;
    const delay = answer.delayDays === undefined ? "" : ` after ${plural(answer.delayDays, "day")}`;
    return `  ${answer.expulsion} answered${by} with ${answer.type} ${answer.answer}${delay}${answer.inferred ? " (inferred)" : ""}`;
  });
  const title = `reciprocity: ${plural(summary.expulsions, "expulsion")}, ${summary.answered} answered${
    inferred > 0 ? ` (${inferred} by a reverse expulsion within ${summary.inferWithinDays} days, inferred)` : ""
  }`;
  return [paint("bold", title), ...capped(pairs, "pair"), ...capped(answers, "answer")].join("\n");
};

/** The report as JSON (`ReportSchema` reads it back). */
export const renderJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
