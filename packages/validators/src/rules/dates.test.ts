import { describe, expect, it } from "vitest";
import { check, expulsion, findings, stream } from "../testing.fixture";

const published = (day: string) => [{ publisher: "Example Wire", title: "A report", published: day }];

describe("dates.not-after-publication", () => {
  const rule = "dates.not-after-publication";

  it("flags an event dated after its source was published", async () => {
    const report = await check([expulsion({ date: "2018-03-28", sources: published("2018-03-27") })], rule);
    expect(findings(report, rule)).toEqual([
      [
        "e1",
        "events[0].sources[0].published",
        "the event is dated 2018-03-28, after its source was published (2018-03-27)",
      ],
    ]);
    expect(report.issues[0]?.severity).toBe("error");
  });

  it("passes an event reported the same day or later, and any event whose date only overlaps", async () => {
    const events = [
      expulsion({ id: "same-day", date: "2018-03-27", sources: published("2018-03-27") }),
      expulsion({ id: "later", date: "2018-03-20", sources: published("2018-03-27") }),
      // 2018 may well be before 2018-03-04: not certain, so not flagged.
      expulsion({ id: "year", date: "2018", sources: published("2018-03-04") }),
      expulsion({ id: "month", date: "2018-03", sources: published("2018-03-04") }),
      expulsion({ id: "open", date: "2018-03/..", sources: published("2018-03-04") }),
      expulsion({ id: "undated", date: undefined, sources: published("2018-03-04") }),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });

  it("reads a timestamp's date as written, in its own offset", async () => {
    const late = [{ publisher: "Example Wire", published: "2018-03-27T23:30:00-05:00" }];
    expect(findings(await check([expulsion({ date: "2018-03-27", sources: late })], rule), rule)).toEqual([]);
    expect(findings(await check([expulsion({ date: "2018-03-28", sources: late })], rule), rule)).toHaveLength(1);
  });

  it("checks every citation, and a dataset source's date through its id", async () => {
    const dataset = {
      events: [
        expulsion({
          date: "2018-03-28",
          sources: [{ publisher: "Late Wire", published: "2018-03-30" }, { source: "src-1" }],
        }),
      ],
      sources: [{ id: "src-1", publisher: "Early Wire", published: "2018-03-26" }],
    };
    expect(findings(await check(dataset, rule), rule)).toEqual([
      [
        "e1",
        "events[0].sources[1].source",
        "the event is dated 2018-03-28, after its source was published (2018-03-26)",
      ],
    ]);
    // A stream of events has no dataset sources to look the date up in.
    expect(findings(await check(dataset.events, rule), rule)).toEqual([]);
  });
});

describe("dates.not-in-future", () => {
  const rule = "dates.not-in-future";

  it("flags an event certainly after today", async () => {
    const report = await check([expulsion({ date: "2031-04-02", sources: published("2031-04-03") })], rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].date", "the event is dated 2031-04-02, after today (2024-06-02)"],
    ]);
  });

  it("passes today anywhere on Earth, and dates that may include today", async () => {
    // NOW is 2024-06-01T12:00Z: it is already 2 June east of UTC+12.
    const events = ["2024-06-02", "2024", "2024-06", "2024/2025", "2023-12-31"].map((date, i) =>
      expulsion({ id: `e${i}`, date, sources: published("2025-01-01") }),
    );
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });

  it("takes the present from the now option", async () => {
    const event = expulsion({ date: "2018-03-26" });
    expect(findings(await check([event], rule, { now: new Date("2018-03-01") }), rule)).toHaveLength(1);
    expect(findings(await check([event], rule, { now: new Date("2018-04-01") }), rule)).toHaveLength(0);
  });
});

describe("dates.implausibly-early", () => {
  const rule = "dates.implausibly-early";

  it("flags a year before 1800, as a padded or truncated year reads", async () => {
    const report = await check([expulsion({ date: "0018-03-26" })], rule);
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].date", "the event is dated 0018-03-26, before 1800: probably a mistyped year"],
    ]);
    expect(report.issues[0]?.severity).toBe("warning");
  });

  it("passes 1800 onwards and dates with an unknown start", async () => {
    const events = ["1800", "1983-04-05", "/1700"].map((date, i) => expulsion({ id: `e${i}`, date }));
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});

describe("dates.answer-before-cause", () => {
  const rule = "dates.answer-before-cause";
  const cause = expulsion({ id: "cause", date: "2018-03-26" });
  const answer = (date: string, kind = "retaliation_for", id = "answer") =>
    expulsion({
      id,
      date,
      initiator: "RU",
      target: "US",
      location: { country: "RU" },
      relations: [{ kind, event: "cause" }],
    });

  it("flags an answer dated certainly before what it answers", async () => {
    const report = await check([cause, answer("2018-03-01")], rule);
    expect(findings(report, rule)).toEqual([
      [
        "answer",
        "events[1].relations[0].event",
        "retaliation_for 'cause', but this event is over by 2018-03-01, before 'cause' begins (2018-03-26)",
      ],
    ]);
  });

  it("finds it when the answer comes first in the input, and for follows too", async () => {
    const report = await check([answer("2018-02", "follows"), cause], rule);
    expect(findings(report, rule)).toEqual([
      [
        "answer",
        "events[0].relations[0].event",
        "follows 'cause', but this event is over by 2018-02-28, before 'cause' begins (2018-03-26)",
      ],
    ]);
    expect(findings(await check(stream([answer("2018-02"), cause]), rule), rule)).toHaveLength(1);
  });

  it("says nothing when the order is right, overlapping, unknown, or not an answer", async () => {
    const events = [
      cause,
      answer("2018-03-29", "retaliation_for", "after"),
      answer("2018-03-26", "retaliation_for", "same-day"),
      answer("2018", "retaliation_for", "overlapping"),
      expulsion({ id: "undated", date: undefined, relations: [{ kind: "follows", event: "cause" }] }),
      answer("2017", "part_of", "member"),
      answer("2017", "same_as", "alias"),
      answer("2017", "follows", "dangling"),
    ];
    events[7] = { ...events[7], relations: [{ kind: "follows", event: "nowhere" }] };
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});
