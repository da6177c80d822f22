import { describe, expect, it } from "vitest";
import { readDataset, writeDataset } from "./dataset-json";
import { coreRegistry } from "./model/event-types";

const dataset = {
  meta: { title: "Test set", license: "CC-BY-4.0" },
  events: [
    {
      id: "evt-1",
      type: "expulsion",
      initiator: "RU",
      target: "PL",
      count: 45,
      participants: [{ entity: "org:pl-embassy-moscow", role: "subject" }],
      sources: [{ source: "src-1", evidence: { start: 0, end: 20 } }],
    },
    {
      id: "evt-2",
      type: "defection",
      initiator: "FR",
      target: "RU",
      participants: [{ entity: "person:a", role: "subject" }],
    },
  ],
  entities: [
    { id: "person:a", kind: "person", name: "A. Example", nationalities: ["RU"], affiliations: ["org:ru-fsb"] },
    {
      id: "org:ru-fsb",
      kind: "organization",
      name: "Federal Security Service",
      organizationType: "security_service",
      country: "RU",
      abbreviations: ["FSB"],
    },
    {
      id: "org:pl-embassy-moscow",
      kind: "organization",
      name: "Embassy of Poland in Moscow",
      organizationType: "diplomatic_mission",
      country: "PL",
    },
    { id: "state:su", kind: "state", name: "Soviet Union", country: "SU" },
  ],
  sources: [
    {
      id: "src-1",
      publisher: "Example Wire",
      title: "Moscow answers Warsaw",
      published: "2022-03-25",
      text: "Moscow expelled 45 Polish diplomats.",
    },
  ],
};

describe("readDataset / writeDataset", () => {
  it("round-trips a dataset exactly, stamping format and version", () => {
    const text = writeDataset(dataset);
    const { dataset: back, diagnostics } = readDataset(text, { registry: coreRegistry });
    expect(diagnostics).toEqual([]);
    expect(back).toEqual({ ...dataset, meta: { format: "tradecraft", version: "1.0", ...dataset.meta } });
    // Reading puts keys in schema order; from then on writing is stable.
    const canonical = writeDataset(back);
    expect(writeDataset(readDataset(canonical, { registry: coreRegistry }).dataset)).toBe(canonical);
  });

  it("keeps good records and reports each bad one with its path", () => {
    const broken = {
      ...dataset,
      events: [
        ...dataset.events,
        { id: "evt-3", type: "expulsion", initiator: "Russia" },
        { id: "evt-4", type: "talks" },
      ],
      entities: [...dataset.entities, { id: "x", kind: "person" }],
      sources: [...dataset.sources, { id: "src-2", url: "not a url" }],
    };
    const { dataset: back, diagnostics } = readDataset(JSON.stringify(broken), { registry: coreRegistry });
    expect(back.events.map((e) => e.id)).toEqual(["evt-1", "evt-2", "evt-4"]);
    expect(back.entities).toHaveLength(4);
    expect(back.sources).toHaveLength(1);
    expect(diagnostics.map((d) => d.message)).toEqual([
      "events[2].initiator: 'Russia' is neither a country code (ISO 3166 alpha-2 such as RU) nor an entity id (such as org:ru-fsb)",
      "entities[4].id: 'x' is not an entity id: write kind:name, such as org:ru-fsb or person:jane-doe; name: Invalid input: expected string, received undefined",
      "sources[1].url: 'not a url' is not an http(s) URL",
    ]);
    expect(diagnostics[0]?.path).toEqual(["events", 2, "initiator"]);
    expect(diagnostics[0]?.position).toEqual({ record: 2 });
  });

  it("explains files that are not datasets", () => {
    const cases: [string, string][] = [
      ["{", "TC_JSON_SYNTAX"],
      ["[]", "TC_DATASET_INVALID"],
      ['{"evnts": []}', "TC_DATASET_INVALID"],
      ['{"meta": {"version": "2.0"}, "events": []}', "TC_DATASET_VERSION"],
      ['{"events": [], "extra": 1}', "TC_DATASET_INVALID"],
    ];
    for (const [text, code] of cases) {
      const { diagnostics } = readDataset(text, { registry: coreRegistry });
      expect(diagnostics[0]?.code).toBe(code);
      expect(diagnostics[0]?.hint).toBeTruthy();
    }
    expect(
      readDataset('{\n  "events": [\n    {"id": 1,,}\n  ]\n}', { registry: coreRegistry }).diagnostics[0]?.position,
    ).toMatchObject({
      line: 3,
    });
  });
});
