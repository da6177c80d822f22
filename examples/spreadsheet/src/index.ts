// A user's own spreadsheet (their columns: "Date", "Expelling country", "Expelled from", "Number" ...) read through a
// mapping file into events, validated, with every problem at its line and column. Run: pnpm start [sheet.csv mapping.json]
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatFinding, readSheet } from "./sheet";

const bundled = (file: string) => relative(process.cwd(), fileURLToPath(new URL(`../data/${file}`, import.meta.url)));
const [sheetPath = bundled("expulsions.csv"), mappingPath = bundled("mapping.json")] = process.argv.slice(2);
let sheet: Buffer;
let options: Record<string, unknown>;
try {
  sheet = readFileSync(sheetPath);
  options = JSON.parse(readFileSync(mappingPath, "utf8"));
} catch (error) {
  console.error(`cannot read the sheet or the mapping: ${(error as Error).message}`);
  process.exit(3);
}

const { events, findings } = await readSheet(sheet, options);
console.log(`${sheetPath}: ${events.length} events, ${findings.length} findings`);
for (const event of events) {
  const {
    id,
    date = "?",
    initiator = "?",
    target = "?",
    count = "",
    countQualifier = "",
  } = event as typeof event & {
    count?: number;
    countQualifier?: string;
  };
  console.log(`  ${id.padEnd(7)} ${date.padEnd(10)} ${initiator} -> ${target} ${count} ${countQualifier}`.trimEnd());
}
for (const finding of findings) console.log(formatFinding(finding));
// A demonstration ends with 0 once it has printed; a CI job checking sheets would fail on errors instead:
// process.exitCode = findings.some((f) => f.severity === "error") ? 1 : 0;
