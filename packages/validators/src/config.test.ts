import {
  coreRegistry,
  type DatasetRule,
  definePlugin,
  defineRule,
  type EventRule,
  TradecraftError,
} from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { builtinRules } from "./catalog";
import { planRules } from "./config";
import { duplicateId } from "./duplicates";
import { defineStreamingRule, type ValidatorEventRule } from "./streaming";
import { expulsion, NOW, stream } from "./testing.fixture";
import { validate } from "./validate";

/** The error a call throws, for assertions on its code and hint. */
const thrown = (call: () => unknown): TradecraftError => {
  try {
    call();
  } catch (error) {
    if (error instanceof TradecraftError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
};

const watchlist = defineRule<EventRule>({
  id: "acme.watchlist",
  scope: "event",
  severity: "warning",
  description: "Events about RU are on Acme's watchlist.",
  hint: "Tell the desk.",
  *check(event) {
    if (event.target === "RU") yield { message: `${event.id} targets RU`, path: ["target"] };
  },
});

describe("the configuration", () => {
  it("runs every built-in rule at its default severity, and the shape check first", () => {
    const plan = planRules({});
    expect(plan.rules.map(({ rule }) => rule.id)).toEqual(builtinRules.map((rule) => rule.id));
    expect(plan.rules.every(({ severity }) => severity === undefined)).toBe(true);
    expect(Object.keys(plan.settings)[0]).toBe("shape.schema");
    expect(plan.settings["geography.outside-country"]).toBe("warning");
  });

  it("turns rules off and changes their severity", async () => {
    const events = [expulsion({ sources: undefined, location: { country: "RU" } })];
    const report = await validate(events, {
      now: NOW,
      rules: { "sources.missing": "off", "geography.actor-location": "error" },
    });
    expect(report.issues.map(({ rule, severity }) => [rule, severity])).toEqual([
      ["geography.actor-location", "error"],
    ]);
    expect(report.hasErrors).toBe(true);
    expect(report.rules["sources.missing"]).toBe("off");
    expect(report.byRule).not.toHaveProperty("sources.missing");
  });

  it("refuses unknown rule ids with the list of known ones", () => {
    const error = thrown(() => planRules({ rules: { "dates.in-future": "off", "acme.nope": "error" } }));
    expect(error.code).toBe("TC_VALIDATE_UNKNOWN_RULE");
    expect(error.message).toBe("unknown rules 'dates.in-future', 'acme.nope' in the configuration");
    expect(error.hint).toContain("Known rules: shape.schema, dates.not-after-publication, dates.not-in-future,");
  });

  it("refuses bad severities and misspelt options, naming them", () => {
    const severity = thrown(() => planRules({ rules: { "dates.not-in-future": "warn" as "warning" } }));
    expect(severity.code).toBe("TC_VALIDATE_CONFIG");
    expect(severity.message).toContain("rules.dates.not-in-future:");
    const misspelt = thrown(() => planRules({ rule: {} } as never));
    expect(misspelt.message).toBe("unknown field 'rule'");
    expect(thrown(() => planRules({ duplicates: { threshold: 2 } })).message).toContain("duplicates.threshold");
  });

  it("adds custom event rules, configurable like the built-in ones", async () => {
    const events = [expulsion()];
    const report = await validate(events, { now: NOW, customRules: [watchlist] });
    expect(report.issues).toEqual([
      {
        rule: "acme.watchlist",
        severity: "warning",
        message: "e1 targets RU",
        hint: "Tell the desk.",
        eventId: "e1",
        record: 0,
        path: ["events", 0, "target"],
      },
    ]);
    const quiet = await validate(events, { now: NOW, customRules: [watchlist], rules: { "acme.watchlist": "off" } });
    expect(quiet.issues).toEqual([]);
  });

  it("adds custom dataset rules, giving them the whole dataset even from a stream", async () => {
    const countOnly = defineRule<DatasetRule>({
      id: "acme.at-least-three",
      scope: "dataset",
      severity: "info",
      description: "A dataset worth a report has three events.",
      async *check(dataset) {
        if (dataset.events.length < 3) yield { message: `only ${dataset.events.length} events` };
      },
    });
    const events = [expulsion(), expulsion({ id: "e2", date: "2019-05-01", sources: undefined })];
    for (const input of [events, stream(events), { events }]) {
      const report = await validate(input, { now: NOW, customRules: [countOnly], rules: { "sources.missing": "off" } });
      expect(report.issues).toEqual([{ rule: "acme.at-least-three", severity: "info", message: "only 2 events" }]);
    }
  });

  it("adds streaming rules, whose issues land on the events they name", async () => {
    const firstOfEachTarget = defineStreamingRule({
      id: "acme.first-of-target",
      severity: "info",
      description: "Notes the first event against each target.",
      start({ index }) {
        const seen = new Map<string, number>();
        return {
          observe(event, ordinal) {
            if (event.target !== undefined && !seen.has(event.target)) seen.set(event.target, ordinal);
            return undefined;
          },
          *finish() {
            for (const [target, ordinal] of seen)
              yield { eventId: index.idOf(ordinal), message: `first against ${target}` };
          },
        };
      },
    });
    const events = [expulsion(), expulsion({ id: "e2", date: "2017" }), expulsion({ id: "e3", target: "CN" })];
    const report = await validate(stream(events), { now: NOW, customRules: [firstOfEachTarget] });
    expect(report.issues.map(({ eventId, record, message }) => [eventId, record, message])).toEqual([
      ["e1", 0, "first against RU"],
      ["e3", 2, "first against CN"],
    ]);
    // A streaming rule is a core dataset rule too, for tools that only know those.
    const issues = [
      ...(firstOfEachTarget.check({ events: events as never }, { registry: coreRegistry, now: NOW }) as []),
    ];
    expect(issues).toHaveLength(2);
    // Issues from observe name their event there too.
    const twice = { events: [events[0], events[0]] as never };
    expect([...(duplicateId.check(twice, { registry: coreRegistry, now: NOW }) as [])]).toEqual([
      { eventId: "e1", message: "id 'e1' is already used by events[0]", path: ["id"] },
    ]);
  });

  it("runs the registry's plugin rules once, and refuses two rules with one id", async () => {
    const registry = coreRegistry.use(definePlugin({ name: "acme", rules: [watchlist] }));
    const report = await validate([expulsion()], { now: NOW, registry, customRules: [watchlist] });
    expect(report.issues.map((issue) => issue.rule)).toEqual(["acme.watchlist"]);
    const twin = { ...watchlist };
    expect(thrown(() => planRules({ registry, customRules: [twin] })).code).toBe("TC_VALIDATE_RULE_CLASH");
    const builtin = { ...watchlist, id: "dates.not-in-future" };
    expect(thrown(() => planRules({ customRules: [builtin] })).message).toBe(
      "two rules have the id 'dates.not-in-future'",
    );
  });

  it("refuses custom rules that are not rules", () => {
    const undotted = { ...watchlist, id: "watchlist" };
    expect(thrown(() => planRules({ customRules: [undotted] })).message).toBe(
      "id: 'watchlist' is not a rule id: use dotted lower-case words such as acme.watchlist-known",
    );
    const noCheck = { ...watchlist, check: undefined } as unknown as EventRule;
    expect(thrown(() => planRules({ customRules: [noCheck] })).code).toBe("TC_VALIDATE_RULE_INVALID");
  });

  it("skips a custom rule whose needs are not met, and says so", async () => {
    const needsGazetteer: ValidatorEventRule = { ...watchlist, id: "acme.near-embassy", requires: ["gazetteer"] };
    const report = await validate([expulsion()], { now: NOW, customRules: [needsGazetteer] });
    expect(report.notes.map((note) => note.rule)).toContain("acme.near-embassy");
    expect(report.issues).toEqual([]);
  });

  it("keeps a severity a rule gives one issue (a notice about itself), whatever the rule's setting", async () => {
    const noisy = defineRule<EventRule>({
      ...watchlist,
      *check() {
        yield { message: "a finding" };
        yield { message: "a notice", severity: "info" };
      },
    });
    const report = await validate([expulsion()], {
      now: NOW,
      customRules: [noisy],
      rules: { "acme.watchlist": "error" },
    });
    expect(report.issues.map(({ message, severity }) => [message, severity])).toEqual([
      ["a finding", "error"],
      ["a notice", "info"],
    ]);
  });
});
