import { coreRegistry, type ParseRecord, type ParserInput, parseWith, TradecraftError } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import type { GdeltOptions } from "./options";
import { gdeltParser, gdeltPlugin, parseGdelt } from "./parser";
import { codeColumns, gdeltRow, NO_PLACE } from "./rows.fixture";
import { HEADER_REASON } from "./skips";
import { GdeltTally } from "./tally";

const collect = async (input: ParserInput, options: GdeltOptions = {}) => {
  const records = [];
  for await (const record of parseGdelt(input, options)) records.push(record);
  return records;
};

/** The one event a single row gives, or a failure showing what came instead. */
const eventOf = async (row: string, options: GdeltOptions = {}) => {
  const [record, ...rest] = await collect(row, options);
  expect(rest).toEqual([]);
  if (record?.kind !== "event") throw new Error(`expected an event, got ${JSON.stringify(record)}`);
  return record.event;
};

const diagnosticOf = async (row: string, options: GdeltOptions = {}) => {
  const [record] = await collect(row, options);
  if (record?.kind !== "diagnostic") throw new Error(`expected a diagnostic, got ${JSON.stringify(record)}`);
  return record.diagnostic;
};

const skipOf = async (row: string, options: GdeltOptions = {}) => {
  const [record] = await collect(row, options);
  if (record?.kind !== "skip") throw new Error(`expected a skip, got ${JSON.stringify(record)}`);
  return record.reason;
};

describe("GDELT 2.0 rows", () => {
  it("become typed, sourced events with GDELT's own fields in ext.gdelt", async () => {
    const event = await eventOf(gdeltRow());
    expect(event).toEqual({
      id: "gdelt-900000001",
      type: "expulsion",
      date: "2019-10-24",
      initiator: "RU",
      target: "US",
      location: {
        name: "Moscow, Moskva, Russia",
        city: "Moscow",
        admin1: "Moskva",
        country: "RU",
        lat: 55.7522,
        lon: 37.6156,
        precision: "city",
        featureId: "-2960561",
      },
      sources: [
        {
          url: "https://www.example.org/news/russia-expels-us-diplomats",
          publisher: "example.org",
          published: "2019-10-24T14:30:00Z",
        },
      ],
      ext: {
        gdelt: {
          GLOBALEVENTID: 900000001,
          version: "2.0",
          mappingVersion: "1.0.0",
          EventCode: "174",
          EventBaseCode: "174",
          EventRootCode: "17",
          QuadClass: 4,
          GoldsteinScale: -5,
          NumMentions: 10,
          NumSources: 3,
          NumArticles: 10,
          AvgTone: -5.27306967984935,
          IsRootEvent: true,
          DATEADDED: 20191024143000,
          Actor1Code: "RUSGOV",
          Actor1Name: "RUSSIA",
          Actor1CountryCode: "RUS",
          Actor1Type1Code: "GOV",
          Actor2Code: "USAGOV",
          Actor2Name: "UNITED STATES",
          Actor2CountryCode: "USA",
          Actor2Type1Code: "GOV",
          ActionGeo_Type: 4,
          ActionGeo_CountryCode: "RS",
          ActionGeo_ADM1Code: "RS48",
          ActionGeo_ADM2Code: "25283",
        },
      },
    });
  });

  it("keeps CAMEO codes as text with their leading zeros", async () => {
    const event = await eventOf(gdeltRow(codeColumns("0841")));
    expect(event.type).toBe("prisoner_exchange");
    expect(event.ext?.gdelt).toMatchObject({ EventCode: "0841", EventBaseCode: "084", EventRootCode: "08" });
  });

  it("reads GDELT's number forms: -5 and -5.0, exponents, an empty actor", async () => {
    const event = await eventOf(gdeltRow({ GoldsteinScale: "-5", AvgTone: "1e-3", Actor1Type1Code: "" }));
    expect(event.ext?.gdelt).toMatchObject({ GoldsteinScale: -5, AvgTone: 0.001 });
    expect(event.ext?.gdelt).not.toHaveProperty("Actor1Type1Code");
  });
});

describe("GDELT 1.0 rows", () => {
  it("reads the 58-column daily files: no ADM2 codes, a day for DATEADDED, so no published instant", async () => {
    const row = gdeltRow({}, "1.0-daily");
    expect(row.split("\t")).toHaveLength(58);
    const event = await eventOf(row);
    expect(event.ext?.gdelt).toMatchObject({ version: "1.0-daily", DATEADDED: 20191024, ActionGeo_ADM1Code: "RS48" });
    expect(event.ext?.gdelt).not.toHaveProperty("ActionGeo_ADM2Code");
    expect(event.sources).toEqual([
      { url: "https://www.example.org/news/russia-expels-us-diplomats", publisher: "example.org" },
    ]);
    expect(event.location?.city).toBe("Moscow");
  });

  it("reads the 57-column historical backfile, which names no report: the citation is GDELT", async () => {
    const row = gdeltRow({ SQLDATE: 19820102, DATEADDED: 20130203 }, "1.0-historical");
    expect(row.split("\t")).toHaveLength(57);
    const event = await eventOf(row);
    expect(event).toMatchObject({ date: "1982-01-02", sources: [{ publisher: "GDELT Project" }] });
    expect(event.ext?.gdelt).toMatchObject({ version: "1.0-historical", DATEADDED: 20130203 });
  });

  it("takes each row's layout from its own column count, so 2.0, 1.0 daily and historical rows mix", async () => {
    const rows = [gdeltRow(), gdeltRow({}, "1.0-daily"), gdeltRow({}, "1.0-historical")].join("\n");
    const versions = (await collect(rows)).map((r) => (r.kind === "event" ? r.event.ext?.gdelt?.version : r.kind));
    expect(versions).toEqual(["2.0", "1.0-daily", "1.0-historical"]);
  });

  it("reads every row with one layout when told to, and then a row of another count is a diagnostic", async () => {
    const rows = [gdeltRow({}, "1.0-daily"), gdeltRow()].join("\n");
    const [first, second] = await collect(rows, { version: "1.0-daily" });
    expect(first?.kind).toBe("event");
    expect(second).toMatchObject({
      kind: "diagnostic",
      diagnostic: { code: "TC_GDELT_COLUMN_COUNT", message: "61 columns where GDELT 1.0-daily rows have 58" },
    });
  });
});

describe("places", () => {
  it.each([
    [1, "Russia", { name: "Russia", precision: "country" }],
    [2, "Texas, United States", { name: "Texas, United States", admin1: "Texas", precision: "admin1" }],
    [3, "Seattle, Washington, United States", { city: "Seattle", admin1: "Washington", precision: "city" }],
    [
      4,
      "Villajoyosa, Comunidad Valenciana, Spain",
      { city: "Villajoyosa", admin1: "Comunidad Valenciana", precision: "city" },
    ],
    [4, "Paris, France", { city: "Paris", precision: "city" }],
    [5, "Maharashtra, India", { admin1: "Maharashtra", precision: "admin1" }],
  ])("Geo_Type %i (%s): the precision says what the point stands for, never exact", async (type, name, expected) => {
    const event = await eventOf(gdeltRow({ ActionGeo_Type: type, ActionGeo_FullName: name }));
    expect(event.location).toMatchObject({ ...expected, lat: 55.7522, lon: 37.6156 });
    if (type === 1 || type === 2 || type === 5) expect(event.location?.city).toBeUndefined();
  });

  it("Geo_Type 0 or empty means no place, whatever the coordinates say", async () => {
    expect((await eventOf(gdeltRow(NO_PLACE("ActionGeo")))).location).toBeUndefined();
    const historical = { ...NO_PLACE("ActionGeo"), ActionGeo_Type: "", ActionGeo_Lat: 0, ActionGeo_Long: 0 };
    expect((await eventOf(gdeltRow(historical, "1.0-historical"))).location).toBeUndefined();
  });

  it("keeps a place without coordinates when GDELT gives none, and never takes (0, 0) for a point", async () => {
    const blank = await eventOf(
      gdeltRow({ ActionGeo_Type: 1, ActionGeo_FullName: "Russia", ActionGeo_Lat: "", ActionGeo_Long: "" }),
    );
    expect(blank.location).toEqual({ name: "Russia", country: "RU", precision: "country", featureId: "-2960561" });
    const zero = await eventOf(gdeltRow({ ActionGeo_Lat: "0", ActionGeo_Long: "0", ActionGeo_FeatureID: "0" }));
    expect(zero.location).not.toHaveProperty("lat");
    expect(zero.location).not.toHaveProperty("featureId");
  });

  it.each([
    ["GM", "Berlin, Berlin, Germany", "DE"],
    ["AU", "Vienna, Wien, Austria", "AT"],
    ["AS", "Canberra, Australian Capital Territory, Australia", "AU"],
    ["CH", "Beijing, Beijing, China", "CN"],
    ["UK", "London, London, City of, United Kingdom", "GB"],
    ["SZ", "Bern, Bern, Switzerland", "CH"],
    ["GA", "Banjul, Banjul, Gambia", "GM"],
  ])("reads the FIPS country code %s of %s as ISO %s", async (fips, name, iso) => {
    const event = await eventOf(gdeltRow({ ActionGeo_CountryCode: fips, ActionGeo_FullName: name }));
    expect(event.location?.country).toBe(iso);
    expect(event.ext?.gdelt?.ActionGeo_CountryCode).toBe(fips);
  });

  it("leaves the country out for a FIPS code ISO does not list", async () => {
    const event = await eventOf(
      gdeltRow({ ActionGeo_Type: 1, ActionGeo_CountryCode: "PG", ActionGeo_FullName: "Spratly Islands" }),
    );
    expect(event.location).not.toHaveProperty("country");
    expect(event.location?.name).toBe("Spratly Islands");
  });

  it("takes an actor's place only when asked, and says which block it came from", async () => {
    const row = gdeltRow(NO_PLACE("ActionGeo"));
    expect((await eventOf(row)).location).toBeUndefined();
    const event = await eventOf(row, { actorGeoFallback: true });
    expect(event.location).toMatchObject({ city: "Moscow", precision: "city" });
    expect(event.ext?.gdelt).toMatchObject({ Actor1Geo_Type: 4, Actor1Geo_CountryCode: "RS" });
    const second = await eventOf(gdeltRow({ ...NO_PLACE("ActionGeo"), ...NO_PLACE("Actor1Geo") }), {
      actorGeoFallback: true,
    });
    expect(second.location).toMatchObject({ name: "United States", country: "US", precision: "country" });
  });
});

describe("actors", () => {
  it("reads CAMEO's alpha-3 codes as ISO alpha-2 and leaves CAMEO's regions empty, kept in ext", async () => {
    const event = await eventOf(
      gdeltRow({ ...codeColumns("163"), Actor1Code: "IGOEUREEC", Actor1Name: "THE EU", Actor1CountryCode: "EUR" }),
      {
        domainGuards: false,
      },
    );
    expect(event.initiator).toBeUndefined();
    expect(event.target).toBe("US");
    expect(event.ext?.gdelt).toMatchObject({ Actor1CountryCode: "EUR", Actor1Code: "IGOEUREEC", Actor1Name: "THE EU" });
  });

  it("holds a state responsible for an attack only when GDELT codes the actor as its organ", async () => {
    const organs = await eventOf(gdeltRow({ ...codeColumns("186"), Actor1Type1Code: "SPY", Actor2Type1Code: "MIL" }));
    expect(organs).toMatchObject({ type: "assassination", initiator: "RU", target: "US", outcome: "killed" });
    expect(organs.participants).toBeUndefined();
    const people = await eventOf(
      gdeltRow({
        ...codeColumns("185"),
        Actor1Code: "RUS",
        Actor1Name: "RUSSIAN",
        Actor1Type1Code: "",
        Actor2Type1Code: "",
      }),
    );
    expect(people.initiator).toBeUndefined();
    expect(people.target).toBeUndefined();
    expect(people.participants).toEqual([
      { name: "RUSSIAN", role: "perpetrator", nationalities: ["RU"] },
      { name: "UNITED STATES", role: "victim", nationalities: ["US"] },
    ]);
  });

  it("names the state an arrested spy serves, and keeps an arrested national as a suspect", async () => {
    const spy = await eventOf(gdeltRow({ ...codeColumns("173"), Actor2Code: "USASPY", Actor2Type1Code: "SPY" }));
    expect(spy).toMatchObject({ type: "arrest", initiator: "RU", target: "US" });
    const national = await eventOf(
      gdeltRow({ ...codeColumns("173"), Actor2Code: "USA", Actor2Name: "AMERICAN", Actor2Type1Code: "" }),
    );
    expect(national).toMatchObject({
      initiator: "RU",
      participants: [{ name: "AMERICAN", role: "suspect", nationalities: ["US"] }],
    });
    expect(national.target).toBeUndefined();
  });
});

describe("domain guards", () => {
  it("keep talks between two states and skip a state talking to itself", async () => {
    expect((await eventOf(gdeltRow(codeColumns("042")))).type).toBe("talks");
    const domestic = gdeltRow({ ...codeColumns("042"), Actor2Code: "RUSGOV", Actor2CountryCode: "RUS" });
    expect(await skipOf(domestic)).toBe("CAMEO 042 fails its domain guard (interstate)");
    expect((await eventOf(domestic, { domainGuards: false })).target).toBe("RU");
  });

  it("keep a domestic arrest when an intelligence actor is in it, and skip ordinary police work", async () => {
    const police = {
      ...codeColumns("173"),
      Actor1Code: "COP",
      Actor1Name: "POLICE",
      Actor1CountryCode: "",
      Actor1Type1Code: "COP",
    };
    expect(
      await skipOf(
        gdeltRow({
          ...police,
          Actor2Code: "CRM",
          Actor2Name: "DRUG PEDDLER",
          Actor2CountryCode: "",
          Actor2Type1Code: "CRM",
        }),
      ),
    ).toBe("CAMEO 173 fails its domain guard (foreign-or-intelligence)");
    const spy = await eventOf(
      gdeltRow({ ...police, Actor2Code: "RUSSPY", Actor2CountryCode: "RUS", Actor2Type1Code: "SPY" }),
    );
    expect(spy).toMatchObject({ type: "arrest", target: "RU" });
    expect(spy.initiator).toBeUndefined();
  });

  it("need a country on both sides for an interstate code", async () => {
    const row = gdeltRow({ Actor2Code: "", Actor2Name: "", Actor2CountryCode: "", Actor2Type1Code: "" });
    expect(await skipOf(row)).toBe("CAMEO 174 fails its domain guard (interstate)");
  });
});

describe("filters", () => {
  const rows = [
    gdeltRow({ GLOBALEVENTID: 1, ...codeColumns("042"), QuadClass: 1, SQLDATE: 20191020, NumMentions: 1 }),
    gdeltRow({ GLOBALEVENTID: 2, ...codeColumns("174"), SQLDATE: 20191024, NumMentions: 10 }),
    gdeltRow({
      GLOBALEVENTID: 3,
      ...codeColumns("1125"),
      QuadClass: 3,
      SQLDATE: 20191025,
      NumMentions: 30,
      Actor1CountryCode: "CHN",
      Actor1Code: "CHN",
    }),
  ].join("\n");
  const kept = async (options: GdeltOptions) =>
    (await collect(rows, options)).map((r) =>
      r.kind === "event" ? r.event.id : r.kind === "skip" ? r.reason : r.kind,
    );

  it("by CAMEO code or prefix", async () => {
    expect(await kept({ codes: ["17"] })).toEqual([
      "filtered out: CAMEO code not among the requested codes",
      "gdelt-2",
      "filtered out: CAMEO code not among the requested codes",
    ]);
    expect(await kept({ codes: ["04", "1125"] })).toEqual(["gdelt-1", expect.any(String), "gdelt-3"]);
  });

  it("by actor country, date window, QuadClass and NumMentions", async () => {
    expect(await kept({ actorCountries: ["CN"] })).toEqual([
      "filtered out: no actor of the requested countries",
      "filtered out: no actor of the requested countries",
      "gdelt-3",
    ]);
    expect(await kept({ from: "2019-10-21", to: "2019-10-24" })).toEqual([
      "filtered out: before from",
      "gdelt-2",
      "filtered out: after to",
    ]);
    expect((await kept({ quadClasses: [3, 4] }))[0]).toBe("filtered out: QuadClass not among the requested ones");
    expect(await kept({ minMentions: 10 })).toEqual([
      "filtered out: fewer NumMentions than minMentions",
      "gdelt-2",
      "gdelt-3",
    ]);
  });

  it("refuses bad options with a code and a hint", async () => {
    for (const options of [
      { codes: ["42"] },
      { codes: ["999"] },
      { actorCountries: ["GM "] },
      { from: "2019-10-25", to: "2019-10-01" },
      { quadClasses: [5] },
      { colapse: true },
    ]) {
      const error = await collect(rows, options as GdeltOptions).catch((e: unknown) => e);
      expect(error, JSON.stringify(options)).toBeInstanceOf(TradecraftError);
      expect(error).toMatchObject({ code: "TC_GDELT_OPTIONS", hint: expect.stringContaining("README") });
    }
  });
});

describe("malformed rows", () => {
  it.each([
    [{ GLOBALEVENTID: "88199x" }, "TC_GDELT_BAD_NUMBER", "GLOBALEVENTID: '88199x' is not an integer"],
    [
      { EventCode: "42", EventBaseCode: "42", EventRootCode: "42" },
      "TC_GDELT_BAD_CAMEO",
      "EventCode: '42' has lost its leading zero (042)",
    ],
    [codeColumns("176"), "TC_GDELT_UNKNOWN_CAMEO", "EventCode: '176' is not a CAMEO code"],
    [{ EventCode: "17A" }, "TC_GDELT_BAD_CAMEO", "EventCode: '17A' is not a CAMEO code (2 to 4 digits)"],
    [
      { EventBaseCode: "173" },
      "TC_GDELT_BAD_CAMEO",
      "EventCode: '174' does not agree with EventBaseCode '173' and EventRootCode '17'",
    ],
    [{ SQLDATE: "20190230" }, "TC_GDELT_BAD_DATE", "SQLDATE: '20190230' is not a calendar day (YYYYMMDD)"],
    [
      { DATEADDED: "20191024" },
      "TC_GDELT_BAD_DATE",
      "DATEADDED: '20191024' is not a YYYYMMDDHHMMSS timestamp for GDELT 2.0",
    ],
    [
      { DATEADDED: "20191024250000" },
      "TC_GDELT_BAD_DATE",
      "DATEADDED: '20191024250000' is not a YYYYMMDDHHMMSS timestamp for GDELT 2.0",
    ],
    [{ QuadClass: 7 }, "TC_GDELT_BAD_NUMBER", "QuadClass: 7 is outside 1..4"],
    [{ GoldsteinScale: "high" }, "TC_GDELT_BAD_NUMBER", "GoldsteinScale: 'high' is not a number"],
    [{ NumMentions: "" }, "TC_GDELT_BAD_NUMBER", "NumMentions: empty, expected an integer"],
    [{ AvgTone: "0x10" }, "TC_GDELT_BAD_NUMBER", "AvgTone: '0x10' is not a number"],
    [{ IsRootEvent: 2 }, "TC_GDELT_BAD_NUMBER", "IsRootEvent: 2 is outside 0..1"],
    [{ Actor1CountryCode: "RU" }, "TC_GDELT_BAD_ACTOR_COUNTRY", "Actor1CountryCode: 'RU' is not a CAMEO country code"],
    [{ ActionGeo_Type: 9 }, "TC_GDELT_BAD_GEO", "ActionGeo_Type: 9 is outside 1..5"],
    [{ ActionGeo_Lat: "95.1" }, "TC_GDELT_BAD_GEO", "ActionGeo_Lat: 95.1 is outside -90..90"],
    [
      { ActionGeo_CountryCode: "XX" },
      "TC_GDELT_UNKNOWN_FIPS",
      "ActionGeo_CountryCode: 'XX' is not a FIPS 10-4 country code",
    ],
  ] as const)("%j is %s", async (overrides, code, message) => {
    const diagnostic = await diagnosticOf(gdeltRow(overrides));
    expect(diagnostic).toMatchObject({ code, severity: "error", message, position: { line: 1, offset: 0 } });
    expect(diagnostic.hint).toBeTruthy();
  });

  it("reports every problem of a row in one diagnostic", async () => {
    const diagnostic = await diagnosticOf(gdeltRow({ QuadClass: "x", ActionGeo_Long: "200" }));
    expect(diagnostic).toMatchObject({
      code: "TC_GDELT_BAD_NUMBER",
      message: "QuadClass: 'x' is not an integer; ActionGeo_Long: 200 is outside -180..180",
    });
  });

  it("skips a row outside the domain without reading the rest of it", async () => {
    expect(await skipOf(gdeltRow({ ...codeColumns("010"), QuadClass: "x" }))).toBe(
      "CAMEO 010 (Make statement, not specified below) is outside the domain",
    );
  });

  it("reports a wrong column count with the line number and what the formats have", async () => {
    const text = `${gdeltRow()}\n${gdeltRow().split("\t").slice(0, 60).join("\t")}\n${gdeltRow()}\textra`;
    const records = await collect(text);
    expect(records.map((r) => r.kind)).toEqual(["event", "diagnostic", "diagnostic"]);
    expect(records[1]).toMatchObject({
      diagnostic: {
        code: "TC_GDELT_COLUMN_COUNT",
        message: "60 columns: GDELT event rows have 61 (2.0), 58 (1.0 daily) or 57 (1.0 historical)",
        position: { line: 2 },
      },
    });
    expect(records[2]).toMatchObject({
      diagnostic: { message: expect.stringMatching(/^62 columns/), position: { line: 3 } },
    });
  });

  it("reports an over-long line and invalid UTF-8 instead of reading them", async () => {
    const long = await diagnosticOf(gdeltRow({ Actor1Name: "A".repeat(200) }), { maxLineLength: 100 });
    expect(long.code).toBe("TC_GDELT_LINE_TOO_LONG");
    const bytes = new TextEncoder().encode(gdeltRow());
    bytes[bytes.indexOf(0x4d)] = 0xff; // the M of Moscow
    expect((await diagnosticOf(bytes as unknown as string)).code).toBe("TC_GDELT_INVALID_UTF8");
  });
});

describe("sources", () => {
  it("cite GDELT, keeping SOURCEURL in ext, when it tries to be a URL and is not one", async () => {
    for (const bad of ["http//example.org/x", "ftp://example.org/file", "www.example.org/news"]) {
      const event = await eventOf(gdeltRow({ SOURCEURL: bad }));
      expect(event.sources).toEqual([{ publisher: "GDELT Project" }]);
      expect(event.ext?.gdelt?.SOURCEURL).toBe(bad);
    }
  });

  it("take a textual SOURCEURL (GDELT's non-web sources) as the publisher", async () => {
    const event = await eventOf(gdeltRow({ SOURCEURL: "BBC Monitoring" }));
    expect(event.sources).toEqual([{ publisher: "BBC Monitoring", published: "2019-10-24T14:30:00Z" }]);
  });

  it("keep URLs core accepts as they are", async () => {
    const url = "http://example.org/a b?q=ü#x";
    expect((await eventOf(gdeltRow({ SOURCEURL: url }))).sources?.[0]).toMatchObject({ url, publisher: "example.org" });
  });
});

describe("streams", () => {
  const text = [
    gdeltRow({ GLOBALEVENTID: 1 }),
    gdeltRow({ GLOBALEVENTID: 2, ...codeColumns("010") }),
    gdeltRow({ GLOBALEVENTID: 3 }),
  ].join("\r\n");

  it("reads the same from a string, bytes, and chunks split anywhere, with a BOM and CRLF", async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${text}\r\n`);
    const expected = await collect(text);
    expect(expected.map((r) => r.kind)).toEqual(["event", "skip", "event"]);
    const strip = (records: ParseRecord<unknown>[]) => records.map(({ kind }) => kind);
    expect(strip(await collect(bytes))).toEqual(strip(expected));
    async function* byteChunks(size: number) {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    }
    for (const size of [1, 7, 4096]) {
      const records = await collect(byteChunks(size));
      expect(records.map((r) => (r.kind === "event" ? r.event.id : r.kind))).toEqual(["gdelt-1", "skip", "gdelt-3"]);
      expect(records.map((r) => (r.kind === "diagnostic" ? r.diagnostic.position?.line : r.position.line))).toEqual([
        1, 2, 3,
      ]);
    }
  });

  it("skips a header row a tool added, and ignores blank lines", async () => {
    const header = "GLOBALEVENTID\tSQLDATE\tMonthYear";
    const records = await collect(`${header}\n\n${text}\n\n`);
    expect(records.map((r) => (r.kind === "skip" ? r.reason : r.kind))).toEqual([
      HEADER_REASON,
      "event",
      "CAMEO 010 (Make statement, not specified below) is outside the domain",
      "event",
    ]);
  });

  it("counts every row once: events + skipped + diagnostics", async () => {
    const tally = new GdeltTally();
    const rows = `${text}\n${gdeltRow({ QuadClass: "x" })}\nnot a gdelt row`;
    for await (const record of parseGdelt(rows)) tally.add(record);
    expect(tally).toMatchObject({ events: 2, skipped: 1, diagnostics: 2, records: 5 });
    expect(tally.format()).toBe(
      [
        "5 rows: 2 events, 1 skipped, 2 diagnostics",
        "events by type:",
        "  2 expulsion",
        "diagnostics by code:",
        "  1 TC_GDELT_BAD_NUMBER",
        "  1 TC_GDELT_COLUMN_COUNT",
        "skipped:",
        "  1 outside the domain",
        "commonest skip reasons:",
        "  1 CAMEO 010 (Make statement, not specified below) is outside the domain",
      ].join("\n"),
    );
  });
});

describe("the plugin", () => {
  it("registers the parser, which detects GDELT rows and zips", () => {
    const registry = coreRegistry.use(gdeltPlugin);
    expect(registry.parsers.map((p) => p.name)).toEqual(["gdelt"]);
    expect(gdeltParser.detect?.(`${gdeltRow()}\n`)).toBe(0.95);
    expect(gdeltParser.detect?.(`${gdeltRow({}, "1.0-historical")}\n`)).toBe(0.95);
    expect(gdeltParser.detect?.("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u000020191024143000.export.CSV")).toBe(
      0.9,
    );
    expect(gdeltParser.detect?.('{"id":"e1"}\n')).toBe(0);
  });

  it("works through parseWith with a registry's own types", async () => {
    const records = [];
    for await (const record of parseWith(coreRegistry, gdeltParser, gdeltRow(), {})) records.push(record);
    expect(records[0]).toMatchObject({ kind: "event", event: { type: "expulsion" } });
  });
});
