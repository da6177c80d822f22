// Quick start: the library calls behind `pnpm run main`. Parse a dataset (NDJSON) and an article (news prose),
// validate the events (every rule, offline gazetteer), export them as CSV and GeoJSON. Run: pnpm start
import { readFileSync } from "node:fs";
import { coreRegistry, type EventBase, parseNdjson, parseWith } from "@tradecraft/core";
import { toCsvString } from "@tradecraft/exporter-csv";
import { toFeatureCollection } from "@tradecraft/exporter-geojson";
import { gazetteer } from "@tradecraft/gazetteer";
import { textParser } from "@tradecraft/parser-text";
import { validate } from "@tradecraft/validators";

const data = (path: string) => readFileSync(new URL(`../../data/${path}`, import.meta.url));
const registry = coreRegistry;
const events: EventBase[] = [];

// 1. Parse. Every record is an event or a diagnostic with its position; nothing is dropped silently.
for await (const record of parseNdjson(data("events.ndjson"), { registry })) {
  if (record.kind === "event") events.push(record.event);
  else if (record.kind === "diagnostic") console.error(record.diagnostic.message, record.diagnostic.position);
}
const article = data("articles/2018-03-uk-russia-salisbury.txt");
const citation = { published: "2018-03-14", publisher: "Tradecraft examples" }; // anchors "on Wednesday"
for await (const record of parseWith(registry, textParser, article, citation, { gazetteer })) {
  if (record.kind !== "event") continue;
  const { type, date = "(undated)", initiator = "?", target = "?", count = "" } = record.event;
  console.log(`from the article: ${type} ${date} ${initiator} -> ${target} ${count}`.trimEnd());
  events.push(record.event);
}

// 2. Validate: shape, dates, geography, duplicates, relations ...
const report = await validate(events, { registry, gazetteer });
console.log(`validated ${report.events} events: ${report.counts.error} errors, ${report.counts.warning} warnings`);

// 3. Export: CSV for spreadsheets, GeoJSON (with initiator-to-target flows) for maps.
const csv = await toCsvString(events, { registry });
const { featureCollection } = await toFeatureCollection(events, { registry, gazetteer, flows: true });
console.log(
  `CSV: ${csv.trimEnd().split("\n").length - 1} rows; GeoJSON: ${featureCollection.features.length} features`,
);
