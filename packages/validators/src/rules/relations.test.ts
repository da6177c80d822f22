import { describe, expect, it } from "vitest";
import { check, expulsion, findings, stream } from "../testing.fixture";

const linked = (id: string, kind: string, target: string) => expulsion({ id, relations: [{ kind, event: target }] });

describe("relations.target-exists", () => {
  const rule = "relations.target-exists";

  it("flags a relation to an event that is not there, and one to the event itself", async () => {
    const events = [linked("a", "retaliation_for", "missing"), linked("b", "part_of", "b")];
    const report = await check(stream(events), rule);
    expect(findings(report, rule)).toEqual([
      ["a", "events[0].relations[0].event", "retaliation_for points at 'missing', which is not in the dataset"],
      ["b", "events[1].relations[0].event", "part_of points at the event itself"],
    ]);
    expect(report.issues[0]?.severity).toBe("error");
  });

  it("passes relations to earlier and later events", async () => {
    const events = [linked("a", "follows", "c"), expulsion({ id: "b" }), linked("c", "same_as", "b")];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});

describe("relations.part-of-cycle", () => {
  const rule = "relations.part-of-cycle";

  it("reports each part_of loop once, from its first event in the input", async () => {
    const events = [
      linked("wave", "part_of", "member"),
      linked("member", "part_of", "wave"),
      linked("x", "part_of", "y"),
      linked("y", "part_of", "z"),
      linked("z", "part_of", "x"),
    ];
    const report = await check(events, rule);
    expect(findings(report, rule)).toEqual([
      ["wave", "events[0].relations[0].event", "part_of cycle: 'wave' -> 'member' -> 'wave'"],
      ["x", "events[2].relations[0].event", "part_of cycle: 'x' -> 'y' -> 'z' -> 'x'"],
    ]);
    // The same loop entered from its other end reads the same.
    const reversed = await check([...events].reverse(), rule);
    expect(findings(reversed, rule).map(([, , message]) => message)).toEqual([
      "part_of cycle: 'z' -> 'x' -> 'y' -> 'z'",
      "part_of cycle: 'member' -> 'wave' -> 'member'",
    ]);
  });

  it("passes trees of waves, shared members, other relation kinds, and leaves self-links to target-exists", async () => {
    const events = [
      expulsion({ id: "wave" }),
      linked("sub-wave", "part_of", "wave"),
      linked("member", "part_of", "sub-wave"),
      expulsion({
        id: "both",
        relations: [
          { kind: "part_of", event: "wave" },
          { kind: "part_of", event: "sub-wave" },
        ],
      }),
      linked("answer", "retaliation_for", "reply"),
      linked("reply", "retaliation_for", "answer"),
      linked("self", "part_of", "self"),
      linked("dangling", "part_of", "nowhere"),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});
