import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { validate } from "@tradecraft/validators";
import { describe, expect, it } from "vitest";
import { countRequired } from "./rule";

const cited = { sources: [{ publisher: "Desk", title: "Log" }] };

describe("custom-rule example", () => {
  it("fires on expulsions, arrests and defections without a count, and on nothing else", async () => {
    const report = await validate(
      [
        { id: "a", type: "expulsion", initiator: "PL", target: "RU", ...cited },
        { id: "b", type: "expulsion", initiator: "PL", target: "RU", count: 45, ...cited },
        { id: "c", type: "arrest", initiator: "DE", target: "RU", countQualifier: "several", ...cited },
        { id: "d", type: "talks", initiator: "US", target: "RU", ...cited },
        { id: "e", type: "defection", initiator: "GB", target: "RU", ...cited },
      ],
      { customRules: [countRequired] },
    );
    expect(report.issues.map((i) => [i.rule, i.severity, i.eventId, i.path])).toEqual([
      ["desk.count-required", "warning", "a", ["events", 0, "count"]],
      ["desk.count-required", "warning", "e", ["events", 4, "count"]],
    ]);
  });

  it("can be configured like a built-in rule", async () => {
    const events = [{ id: "a", type: "expulsion", initiator: "PL", target: "RU", ...cited }];
    const off = await validate(events, { customRules: [countRequired], rules: { "desk.count-required": "off" } });
    expect(off.issues).toEqual([]);
    const error = await validate(events, { customRules: [countRequired], rules: { "desk.count-required": "error" } });
    expect(error.hasErrors).toBe(true);
  });

  it("prints the rule firing on the bundled dataset", () => {
    const run = spawnSync("pnpm", ["--silent", "start"], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--conditions=@tradecraft/source" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "error desk.count-required events[16] regtech-ru-expels-us-diplomats: this expulsion does not say how many people it concerns",
    );
    expect(run.stdout).toMatch(/\n(\d+) errors, 0 warnings, 0 infos; desk\.count-required fired \1 times\n/);
  }, 60_000);
});
