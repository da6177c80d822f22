import { describe, expect, it } from "vitest";
import { MAX_COLLAPSED_SOURCES } from "./collapse";
import type { GdeltOptions } from "./options";
import { parseGdelt } from "./parser";
import { codeColumns, gdeltRow } from "./rows.fixture";
import { COLLAPSED_REASON } from "./skips";
import { GdeltTally } from "./tally";

const parse = async (rows: string[], options: GdeltOptions = {}) => {
  const records = [];
  const tally = new GdeltTally();
  for await (const record of parseGdelt(rows.join("\n"), { collapse: true, ...options }))
    records.push(tally.add(record));
  const events = records.flatMap((r) => (r.kind === "event" ? [r.event] : []));
  return { records, events, tally };
};

const row = (id: number, overrides: Parameters<typeof gdeltRow>[0] = {}) =>
  gdeltRow({ GLOBALEVENTID: id, SOURCEURL: `https://example.org/${id}`, ...overrides });

describe("collapsing near-identical rows", () => {
  it("keeps the first row's event, links every other row by same_as and adds their reports", async () => {
    const { records, events, tally } = await parse([row(1), row(2), row(3, { SOURCEURL: "https://example.org/1" })]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: "gdelt-1",
      relations: [
        { kind: "same_as", event: "gdelt-2" },
        { kind: "same_as", event: "gdelt-3" },
      ],
      sources: [{ url: "https://example.org/1" }, { url: "https://example.org/2" }],
    });
    expect(records.filter((r) => r.kind === "skip").map((r) => r.kind === "skip" && r.position.line)).toEqual([2, 3]);
    expect(tally.bySkipReason.get(COLLAPSED_REASON)).toBe(2);
    expect(tally.records).toBe(3);
  });

  it("tells happenings apart by day, actors' countries, CAMEO base code and place", async () => {
    const { events } = await parse([
      row(1),
      row(2, { SQLDATE: 20191023 }),
      row(3, { Actor2CountryCode: "GBR", Actor2Code: "GBRGOV" }),
      row(4, codeColumns("173")),
      row(5, { ActionGeo_FeatureID: "-1234" }),
      row(6, { Actor1Name: "KREMLIN", EventCode: "174", NumMentions: 99 }),
    ]);
    expect(events.map((e) => e.id)).toEqual(["gdelt-1", "gdelt-2", "gdelt-3", "gdelt-4", "gdelt-5"]);
    expect(events[0]?.relations).toEqual([{ kind: "same_as", event: "gdelt-6" }]);
  });

  it("takes two-party types in either order, one-way types only in theirs", async () => {
    const reversed = { Actor1CountryCode: "USA", Actor1Code: "USAGOV", Actor2CountryCode: "RUS", Actor2Code: "RUSGOV" };
    const talks = await parse([row(1, codeColumns("042")), row(2, { ...codeColumns("042"), ...reversed })]);
    expect(talks.events).toHaveLength(1);
    const expulsions = await parse([row(1), row(2, reversed)]);
    expect(expulsions.events).toHaveLength(2);
  });

  it("lets go of open happenings when the day GDELT added rows on changes", async () => {
    const { records } = await parse([
      row(1),
      row(2, { DATEADDED: 20191025000000 }),
      row(3, { DATEADDED: 20191025001500 }),
    ]);
    expect(records.map((r) => (r.kind === "event" ? r.event.id : r.kind))).toEqual(["gdelt-1", "skip", "gdelt-2"]);
  });

  it("keeps at most `collapseWindow` happenings open, letting the oldest go first", async () => {
    const rows = [row(1), row(2, { SQLDATE: 20191023 }), row(3, { SQLDATE: 20191022 }), row(4)];
    const { records } = await parse(rows, { collapseWindow: 2 });
    // gdelt-1 left the window when the third happening opened, so row 4 starts a new one.
    expect(records.map((r) => (r.kind === "event" ? r.event.id : r.kind))).toEqual([
      "gdelt-1",
      "gdelt-2",
      "gdelt-3",
      "gdelt-4",
    ]);
  });

  it("is off by default", async () => {
    const records = [];
    for await (const record of parseGdelt([row(1), row(2)].join("\n"))) records.push(record.kind);
    expect(records).toEqual(["event", "event"]);
  });
});

describe("collapsing many rows into one event", () => {
  it("lists ten reports and counts the rest, while keeping every row's id", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(i + 1));
    const { events } = await parse(rows);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources).toHaveLength(MAX_COLLAPSED_SOURCES);
    expect(events[0]?.relations).toHaveLength(24);
    expect(events[0]?.ext?.gdelt?.sourcesNotListed).toBe(15);
  });
});
