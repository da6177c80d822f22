// A team's own rule (src/rule.ts), run with every built-in rule of @tradecraft/validators over the bundled dataset;
// the `rules` option raises it to an error, as a desk's configuration would. Run: pnpm start [events.ndjson]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { coreRegistry, type EventBase, parseNdjson } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { validate } from "@tradecraft/validators";
import { countRequired } from "./rule";

const path = process.argv[2] ?? fileURLToPath(new URL("../../data/events.ndjson", import.meta.url));
const events: EventBase[] = [];
for await (const record of parseNdjson(readFileSync(path), { registry: coreRegistry })) {
  if (record.kind === "event") events.push(record.event);
}

const report = await validate(events, {
  gazetteer,
  customRules: [countRequired],
  rules: { [countRequired.id]: "error", "sources.missing": "off" },
});
console.log(`${events.length} events, every built-in rule plus ${countRequired.id} (configured as an error):`);
for (const { severity, rule, record, eventId, message } of report.issues) {
  console.log(`  ${severity} ${rule} events[${record ?? "?"}] ${eventId ?? ""}: ${message}`);
}
console.log(`hint (${countRequired.id}): ${countRequired.hint}`);
const { error, warning, info } = report.counts;
console.log(
  `${error} errors, ${warning} warnings, ${info} infos; ${countRequired.id} fired ${report.byRule[countRequired.id]} times`,
);
// A demonstration ends with 0 once it has printed; a CI job would fail on the errors instead:
// process.exitCode = report.hasErrors ? 1 : 0;
