import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { coreRegistry } from "@tradecraft/core";
import { formatSummary, summarize } from "./summarize";

const [file] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: summary <events.ndjson>");
  process.exit(2);
}
try {
  const summary = await summarize(createReadStream(file), coreRegistry);
  console.log(formatSummary(summary, basename(file)));
  process.exitCode = summary.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
} catch (error) {
  // Only an unreadable file ends up here: every record-level problem is a diagnostic.
  console.error(`cannot read ${file}: ${(error as Error).message} (hint: check the path and permissions)`);
  process.exitCode = 3;
}
