import { describe, expect, it } from "vitest";
import { renderHuman, renderJson, wantsColor } from "./render";
import { ReportSchema } from "./report";
import { expulsion, NOW } from "./testing.fixture";
import { validate } from "./validate";

const dataset = {
  events: [
    expulsion({ id: "us", date: "2018-03-26", target: "RU", sources: undefined }),
    expulsion({ id: "bad", date: "2018-13" }),
    expulsion({
      id: "ru",
      date: "2018-03-30",
      initiator: "RU",
      target: "US",
      location: { country: "US" },
      relations: [{ kind: "retaliation_for", event: "us" }],
      sources: [{ publisher: "Example Wire", published: "2018-03-31" }],
    }),
  ],
  sources: [{ id: "src-1", url: "https://newsroom/1" }],
};

describe("renderHuman", () => {
  it("groups issues by event, then the dataset's, then what did not run, the reciprocity and the totals", async () => {
    const report = await validate(dataset, { now: NOW });
    expect(renderHuman(report)).toBe(`events[0] us
  warning  sources.missing           events[0].sources: the event cites no source
                                     hint: Add sources: a dataset source id, or the report's publisher, title, url and published date.

events[1] bad
  error    shape.schema              events[1].date: '2018-13' is not a valid month
                                     hint: Write an EDTF date: 2018, 2022-03, 1983-04-05, 2023-08-09? (uncertain), 2022-03~ (approximate), 201X, 2022-03/2022-04, 2018/.. (open) or /2018 (unknown start); leave the date out when nothing is known.

events[2] ru
  warning  geography.actor-location  events[2].location.country: an expulsion takes place in the expelling state (initiator RU (Russia)), but location.country is US (United States)
                                     hint: Check location.country and the actors: for these types the state where it happens is the initiator (for a presence, the target).

dataset
  warning  sources.url               sources[0].url: source 'src-1': url 'https://newsroom/1' has no domain ('newsroom'): a public address has a dot, as in example.org
                                     hint: Copy the address from the browser's address bar; it reads https://publisher.example/path.

geography.swapped-coordinates, geography.outside-country, geography.centroid-as-place
  did not run: no gazetteer was given (pass options.gazetteer, such as the one @tradecraft/gazetteer makes)

reciprocity: 2 expulsions, 1 answered
  RU -> US: 1 expulsion, 0 answered
  US -> RU: 1 expulsion, 1 answered, median delay 4 days
  us answered by RU with expulsion ru after 4 days

1 error, 3 warnings, 0 infos in 3 records (2 checked)
`);
  });

  it("colours only when asked", async () => {
    const report = await validate(dataset, { now: NOW });
    expect(renderHuman(report)).not.toContain("\u001b[");
    const coloured = renderHuman(report, { color: true });
    expect(coloured).toContain("\u001b[31merror  \u001b[39m");
    expect(coloured).toContain("\u001b[33mwarning\u001b[39m");
    expect(coloured.replaceAll(/\[\d+m/g, "").replaceAll("\u001b", "")).toBe(renderHuman(report));
  });

  it("caps long reciprocity lists and says where the rest is", async () => {
    const events = ["PL", "DE", "FR"].map((initiator, i) =>
      expulsion({ id: `e${i}`, initiator, location: { country: initiator } }),
    );
    const text = renderHuman(await validate(events, { now: NOW }), { maxRows: 2 });
    expect(text).toContain("  ... 1 more pair in the JSON report\n");
  });

  it("says when issues were left out of the report", async () => {
    const report = await validate(dataset, { now: NOW, maxIssues: 1 });
    expect(renderHuman(report)).toContain("3 more issues found but not kept (raise maxIssues to see them)");
  });
});

describe("renderJson", () => {
  it("writes the report as JSON that reads back into the same report", async () => {
    const report = await validate(dataset, { now: NOW });
    const json = renderJson(report);
    expect(json.endsWith("}\n")).toBe(true);
    expect(ReportSchema.parse(JSON.parse(json))).toEqual(report);
  });
});

describe("wantsColor", () => {
  it("colours a terminal, unless NO_COLOR; FORCE_COLOR forces it", () => {
    expect(wantsColor({ isTTY: true })).toBe(true);
    expect(wantsColor({ isTTY: false })).toBe(false);
    expect(wantsColor({})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
  });
});
