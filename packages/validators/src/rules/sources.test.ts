import { describe, expect, it } from "vitest";
import { check, expulsion, findings } from "../testing.fixture";
import { urlProblem } from "./sources";

describe("sources.missing", () => {
  const rule = "sources.missing";

  it("flags an event that cites nothing", async () => {
    const report = await check([expulsion({ sources: undefined })], rule);
    expect(findings(report, rule)).toEqual([["e1", "events[0].sources", "the event cites no source"]]);
    expect(report.issues[0]?.severity).toBe("warning");
  });

  it("passes an event with a citation", async () => {
    expect(findings(await check([expulsion()], rule), rule)).toEqual([]);
  });
});

describe("urlProblem", () => {
  it.each([
    ["https://newsroom/article/1", "has no domain ('newsroom'): a public address has a dot, as in example.org"],
    ["https://news..example.com/a", "has an empty label in its host name ('news..example.com')"],
    ["https://daily.example.c0m/1", "ends in '.c0m', which is not a top-level domain"],
    ["https://user:secret@example.org/a", "carries a user name or password"],
    ["https://example.org/a b", "has white space in it (encode spaces as %20)"],
    ["ftp://example.org/a", "is not an http(s) URL"],
    ["example.org/a", "is not a URL"],
  ])("refuses %s", (url, problem) => {
    expect(urlProblem(url)).toBe(problem);
  });

  it.each([
    "https://www.example.org/news/2018/03/26/story.html?ref=rss#top",
    "http://example.co.uk",
    "https://xn--80ak6aa92e.xn--p1ai/",
    "https://192.0.2.1/report",
    "https://[2001:db8::1]/report",
  ])("accepts %s", (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });
});

describe("sources.url", () => {
  const rule = "sources.url";
  const dataset = {
    events: [expulsion({ sources: [{ publisher: "Wire", url: "https://newsroom/article/1" }, { source: "src-1" }] })],
    sources: [{ id: "src-1", url: "https://daily.example.c0m/1" }],
  };

  it("flags citations' URLs on each event and the dataset's sources' URLs once each", async () => {
    const report = await check(dataset, rule);
    expect(findings(report, rule)).toEqual([
      [
        "e1",
        "events[0].sources[0].url",
        "url 'https://newsroom/article/1' has no domain ('newsroom'): a public address has a dot, as in example.org",
      ],
      [
        undefined,
        "sources[0].url",
        "source 'src-1': url 'https://daily.example.c0m/1' ends in '.c0m', which is not a top-level domain",
      ],
    ]);
    // On a stream only the citations are there to check.
    expect(findings(await check(dataset.events, rule), rule)).toHaveLength(1);
  });

  it("passes well-formed URLs", async () => {
    expect(findings(await check([expulsion()], rule), rule)).toEqual([]);
  });
});

describe("sources.unknown-source", () => {
  const rule = "sources.unknown-source";
  const event = expulsion({ sources: [{ source: "src-1" }, { source: "src-2" }] });

  it("flags a citation of a source the dataset does not have", async () => {
    const report = await check({ events: [event], sources: [{ id: "src-1", title: "A report" }] }, rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].sources[1].source", "source 'src-2' is not a source of the dataset"],
    ]);
    expect(report.issues[0]?.severity).toBe("error");
  });

  it("passes citations that resolve, and says it did not run on a stream", async () => {
    const sources = [{ id: "src-1" }, { id: "src-2" }];
    expect(findings(await check({ events: [event], sources }, rule), rule)).toEqual([]);
    expect((await check([event], rule)).notes.map((note) => note.rule)).toEqual([rule]);
  });
});

describe("sources.evidence-range", () => {
  const rule = "sources.evidence-range";
  const text = "Washington expelled 48 Russian diplomats on Monday.";
  const cite = (evidence: Record<string, unknown>, source = "src-1") => ({ source, evidence });
  const validateWith = (...citations: unknown[]) =>
    check(
      {
        events: [expulsion({ sources: citations })],
        sources: [
          { id: "src-1", text },
          { id: "src-no-text", title: "Only a title" },
        ],
      },
      rule,
    );

  it("flags evidence past the end of the source's text, and evidence text that does not match its span", async () => {
    const report = await validateWith(cite({ start: 40, end: 60 }), cite({ start: 0, end: 10, text: "Moscow exp" }));
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].sources[0].evidence.end", "evidence 40-60 runs past the end of source 'src-1' (51 characters)"],
      [
        "e1",
        "events[0].sources[1].evidence.text",
        "evidence text 'Moscow exp' is not what source 'src-1' has at 0-10: 'Washington'",
      ],
    ]);
  });

  it("passes evidence inside the text, and evidence into sources whose text the dataset does not keep", async () => {
    const report = await validateWith(
      cite({ start: 0, end: 51 }),
      cite({ start: 11, end: 19, text: "expelled" }),
      cite({ start: 4000, end: 4010 }, "src-no-text"),
      { publisher: "Inline", evidence: { start: 4000, end: 4010 } },
    );
    expect(findings(report, rule)).toEqual([]);
  });
});
