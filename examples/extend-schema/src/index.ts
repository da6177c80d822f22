// A downstream app registers its own event type (`sanctions_designation`, see sanctions-designation.ts), writes a
// dataset mixing it with core types as NDJSON, reads it back typed, and runs its own rule. Run: pnpm start
import { type Dataset, formatNdjson, parseNdjson, type RegistryEvent } from "@tradecraft/core";
import { registry } from "./sanctions-designation";

type AppEvent = RegistryEvent<typeof registry>;

/** A small dataset mixing a core type and the app's own. */
export const dataset: Dataset<AppEvent> = {
  meta: { title: "Designations after an expulsion" },
  events: [
    {
      id: "acme-1",
      type: "expulsion",
      date: "2018-03-14",
      initiator: "GB",
      target: "RU",
      count: 23,
      countQualifier: "exact",
      personaNonGrata: true,
      summary: "London ordered twenty-three Russian diplomats out within a week.",
      sources: [{ publisher: "Acme desk", title: "Expulsions log" }],
    },
    {
      id: "acme-2",
      type: "sanctions_designation",
      date: "2018-03",
      initiator: "GB",
      target: "RU",
      listName: "UK sanctions list",
      designatedParty: "A military intelligence unit",
      partyKind: "unit",
      reference: "RUS-EXAMPLE-1",
      relations: [{ kind: "follows", event: "acme-1" }],
      sources: [{ publisher: "Acme desk", title: "Designations log" }],
    },
    {
      id: "acme-3",
      type: "sanctions_designation",
      date: "2018-04~",
      initiator: "GB",
      listName: "UK sanctions list",
      designatedParty: "A shipping company",
      partyKind: "company",
      sources: [{ publisher: "Acme desk", title: "Designations log" }],
    },
  ],
};

/** Writes the events as NDJSON, reads them back through the app's registry, and checks the app's rule. */
export const roundTrip = async () => {
  let text = "";
  for await (const line of formatNdjson(dataset.events)) text += line;
  const events: AppEvent[] = [];
  const problems: string[] = [];
  for await (const record of parseNdjson(text, { registry })) {
    if (record.kind === "event") events.push(record.event);
    else if (record.kind === "diagnostic") problems.push(record.diagnostic.message);
  }
  const warnings = events.flatMap((event) =>
    registry.rules.flatMap((rule) =>
      rule.scope === "event"
        ? [...rule.check(event, { registry, now: new Date() })].map((i) => `${rule.id}: ${i.message} (${event.id})`)
        : [],
    ),
  );
  return { text, events, problems, warnings };
};

const describe = (event: AppEvent): string => {
  // The union is discriminated on type: inside this branch the app's own fields are typed, no casts.
  if (event.type === "sanctions_designation") {
    return `${event.date ?? "?"} ${event.initiator ?? "?"} lists ${event.partyKind} "${event.designatedParty}" on ${event.listName}`;
  }
  return `${event.date ?? "?"} ${event.type} ${event.initiator ?? "?"} -> ${event.target ?? "?"}${event.count === undefined ? "" : ` (${event.count})`}`;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { text, events, problems, warnings } = await roundTrip();
  console.log(
    `NDJSON written (${text.length} characters), read back: ${events.length} events, ${problems.length} problems`,
  );
  for (const event of events) console.log(`  ${describe(event)}`);
  for (const warning of warnings) console.log(`  warning ${warning}`);
}
