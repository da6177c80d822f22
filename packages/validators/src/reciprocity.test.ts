import { describe, expect, it } from "vitest";
import { expulsion, NOW, stream } from "./testing.fixture";
import { validate } from "./validate";

const expel = (id: string, date: string, initiator: string, target: string, extra: Record<string, unknown> = {}) =>
  expulsion({ id, date, initiator, target, location: { country: initiator }, ...extra });
const answering = (cause: string) => ({ relations: [{ kind: "retaliation_for", event: cause }] });
const summarize = async (events: unknown[], reciprocity: { inferWithinDays?: number } = {}) =>
  (await validate(stream(events), { now: NOW, reciprocity })).reciprocity;

describe("the reciprocity summary", () => {
  it("lists explicit answers with who answered and how fast, to the day when both dates are days", async () => {
    const summary = await summarize([
      expel("us", "2018-03-26", "US", "RU"),
      expel("ru", "2018-03-29", "RU", "US", answering("us")),
      expulsion({ id: "closure", type: "mission_closure", date: "2018-04", initiator: "RU", ...answering("us") }),
      expel("poisoning-answer", "2018-03-26", "GB", "RU", answering("poisoning")),
    ]);
    expect(summary).toEqual({
      expulsions: 3,
      answered: 1,
      inferWithinDays: 30,
      pairs: [
        { initiator: "GB", target: "RU", expulsions: 1, answered: 0 },
        { initiator: "RU", target: "US", expulsions: 1, answered: 0 },
        { initiator: "US", target: "RU", expulsions: 1, answered: 1, medianDelayDays: 3 },
      ],
      answers: [
        { expulsion: "us", answer: "ru", type: "expulsion", by: "RU", inferred: false, delayDays: 3 },
        { expulsion: "us", answer: "closure", type: "mission_closure", by: "RU", inferred: false },
      ],
    });
  });

  it("infers a reverse expulsion within the window as an answer to the latest one the other way", async () => {
    const summary = await summarize([
      expel("pl-1", "2022-03-01", "PL", "RU"),
      expel("pl-2", "2022-03-10", "PL", "RU"),
      expel("ru", "2022-03-25", "RU", "PL"),
      expel("ru-late", "2022-06-01", "RU", "PL"),
      expel("ru-month", "2022-04", "RU", "PL"),
    ]);
    expect(summary?.answers).toEqual([
      { expulsion: "pl-2", answer: "ru", type: "expulsion", by: "RU", inferred: true, delayDays: 15 },
    ]);
    expect(summary?.pairs).toEqual([
      { initiator: "RU", target: "PL", expulsions: 3, answered: 0 },
      { initiator: "PL", target: "RU", expulsions: 2, answered: 1, medianDelayDays: 15 },
    ]);
  });

  it("does not infer for an expulsion that names its own cause, nor with inference off", async () => {
    const events = [
      expel("pl", "2022-03-01", "PL", "RU"),
      expel("ru", "2022-03-05", "RU", "PL", answering("something-else")),
    ];
    expect((await summarize(events))?.answered).toBe(0);
    expect(
      (await summarize(events.slice(0, 1).concat(expel("ru", "2022-03-05", "RU", "PL")), { inferWithinDays: 0 }))
        ?.answers,
    ).toEqual([]);
  });

  it("reads state entities of a dataset as their countries, and can be turned off", async () => {
    const dataset = {
      events: [
        expel("fr", "2018-03-26", "state:france", "RU", { location: { country: "FR" } }),
        expel("ru", "2018-03-30", "RU", "FR"),
      ],
      entities: [{ id: "state:france", kind: "state", name: "France", country: "FR" }],
    };
    const report = await validate(dataset, { now: NOW });
    expect(report.reciprocity?.answers).toEqual([
      { expulsion: "fr", answer: "ru", type: "expulsion", by: "RU", inferred: true, delayDays: 4 },
    ]);
    expect(report.reciprocity?.pairs.map((pair) => pair.initiator)).toEqual(["FR", "RU"]);
    expect(await validate(dataset, { now: NOW, reciprocity: false })).not.toHaveProperty("reciprocity");
  });
});
