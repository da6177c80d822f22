/**
 * The main job (`pnpm run main` at the root): extracts events from the bundled articles, merges them with the curated
 * dataset, validates them, writes out/events.csv, out/events.geojson and out/map.html, and prints a summary.
 *
 *   tsx src/index.ts [--dataset events.ndjson] [--articles articles.json] [--out dir]
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runJob } from "./job";

const data = (path: string) => fileURLToPath(new URL(`../../data/${path}`, import.meta.url));

let values: { dataset: string; articles: string; out: string };
try {
  ({ values } = parseArgs({
    options: {
      dataset: { type: "string", default: data("events.ndjson") },
      articles: { type: "string", default: data("articles/articles.json") },
      out: { type: "string", default: "out" },
    },
  }));
} catch (error) {
  console.error(
    `${(error as Error).message}\nusage: summary [--dataset events.ndjson] [--articles articles.json] [--out dir]`,
  );
  process.exit(2);
}

const result = await runJob({ dataset: values.dataset, articles: values.articles, outDir: values.out });
(result.exitCode === 3 ? console.error : console.log)(result.text);
process.exitCode = result.exitCode;
