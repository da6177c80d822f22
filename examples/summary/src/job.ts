import { createReadStream } from "node:fs";
import { relative } from "node:path";
import { computeStats } from "@tradecraft/cli";
import { coreRegistry, type EventBase } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { renderHuman, validate } from "@tradecraft/validators";
import { readArticles } from "./articles";
import { readDataset } from "./dataset";
import { OUTPUTS, type Output, writeOutputs } from "./outputs";
import { countryTable, typeTable } from "./tables";

export interface JobOptions {
  /** The curated events, NDJSON. */
  readonly dataset: string;
  /** The articles' index (`articles.json`); the articles sit beside it. */
  readonly articles: string;
  /** The folder the outputs go to (created if missing). */
  readonly outDir: string;
  /** The present, for the "not in the future" rule; now by default. */
  readonly now?: Date;
  readonly outputs?: readonly Output[];
}

export interface JobResult {
  /** 0 clean, 1 problems (an input diagnostic or a validation error), 3 an input or output that cannot be used. */
  readonly exitCode: 0 | 1 | 3;
  /** What the job prints: the summary tables, the validation result and the files written. */
  readonly text: string;
  readonly events: readonly EventBase[];
  readonly paths: readonly string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The main job, with no process I/O of its own beyond the files it reads and writes: the test runs it in place. */
export const runJob = async (options: JobOptions): Promise<JobResult> => {
  const lines: string[] = [];
  try {
    const dataset = await readDataset(createReadStream(options.dataset), coreRegistry);
    const articles = await readArticles(options.articles);
    const events = [...dataset.events, ...articles.events];
    const name = (path: string) => relative(process.cwd(), path) || path;

    lines.push(
      `Read ${plural(dataset.events.length, "event")} from ${name(options.dataset)} and extracted ${plural(articles.events.length, "event")} from ${plural(articles.articles.length, "article")} (${name(options.articles)}).`,
    );
    for (const d of dataset.diagnostics) {
      lines.push(`  ${d.severity} ${d.code} ${name(options.dataset)} line ${d.position?.line ?? "?"}: ${d.message}`);
    }
    for (const { file, diagnostic: d } of articles.problems) {
      lines.push(`  ${d.severity} ${d.code} ${file}: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ""}`);
    }
    lines.push("", "Events by type:", typeTable({ dataset: dataset.events, articles: articles.events }));
    lines.push("", "Events by country:", countryTable(events));
    const { reciprocity } = await computeStats(events);
    lines.push("", "Expulsions both ways (the pairs `tradecraft stats` reports):");
    for (const p of reciprocity) {
      const marked = p.retaliations > 0 ? `, ${p.retaliations} marked as retaliation` : "";
      lines.push(`  ${p.a} -> ${p.b}: ${p.aToB}, ${p.b} -> ${p.a}: ${p.bToA}${marked}`);
    }

    const report = await validate(events, {
      registry: coreRegistry,
      gazetteer,
      ...(options.now ? { now: options.now } : {}),
    });
    const { error, warning } = report.counts;
    lines.push(
      "",
      `Validation (every rule of @tradecraft/validators, offline gazetteer): ${plural(error, "error")}, ${plural(warning, "warning")}`,
    );
    if (report.issues.length > 0) lines.push(renderHuman(report, { color: false }).trimEnd());

    const outputs = options.outputs ?? OUTPUTS;
    const context = { registry: coreRegistry, gazetteer, title: "Tradecraft: the bundled dataset and articles" };
    const paths = await writeOutputs(options.outDir, events, context, outputs);
    lines.push("", "Wrote:", ...outputs.map((output, i) => `  ${paths[i]}  (${output.what})`));

    const problems = dataset.diagnostics.length + articles.problems.length + (report.hasErrors ? 1 : 0);
    return { exitCode: problems > 0 ? 1 : 0, text: lines.join("\n"), events, paths };
  } catch (error) {
    // Only a file that cannot be read or written ends up here: every record-level problem is a diagnostic.
    lines.push(`cannot complete: ${(error as Error).message} (hint: check the paths and permissions)`);
    return { exitCode: 3, text: lines.join("\n"), events: [], paths: [] };
  }
};
