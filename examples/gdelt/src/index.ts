// A GDELT export -> the diplomatic and espionage events it reports -> a GeoJSON file, with counts of what became
// of every row (events, skips by reason, diagnostics). Run: pnpm start [--in export.tsv] [--out events.geojson]
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { convert } from "./convert";

const bundled = fileURLToPath(new URL("../data/20191024143000.export.sample.tsv", import.meta.url));
const { values } = parseArgs({
  options: { in: { type: "string", default: bundled }, out: { type: "string", default: "gdelt.geojson" } },
});

try {
  const { tally, diagnostics, features } = await convert(values.in, values.out);
  console.log(`${values.in.replace(/^.*\//, "")}: ${tally.format(5)}`);
  for (const d of diagnostics) console.log(`  ${d.severity} ${d.code} line ${d.position?.line ?? "?"}: ${d.message}`);
  console.log(`wrote ${features} features (events and initiator-to-target flows) to ${values.out}`);
  process.exitCode = diagnostics.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`cannot complete: ${(error as Error).message} (hint: check the paths and permissions)`);
  process.exitCode = 3;
}
