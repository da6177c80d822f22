import { describe, expect, it } from "vitest";
import { normalizeCount } from "./counts";

describe("counts as people type them", () => {
  it.each([
    ["40", { count: 40 }],
    [" 1,200 ", { count: 1200 }],
    ["1 200", { count: 1200 }],
    ["about 40", { count: 40, qualifier: "approximate" }],
    ["Approximately 400", { count: 400, qualifier: "approximate" }],
    ["~40", { count: 40, qualifier: "approximate" }],
    ["40+", { count: 40, qualifier: "at_least" }],
    ["more than 100", { count: 100, qualifier: "more_than" }],
    ["over 100", { count: 100, qualifier: "more_than" }],
    ["at least 3", { count: 3, qualifier: "at_least" }],
    ["fewer than 10", { count: 10, qualifier: "fewer_than" }],
    ["up to 5", { count: 5, qualifier: "at_most" }],
    ["several", { qualifier: "several" }],
    ["Dozens", { qualifier: "dozens" }],
    ["hundreds", { qualifier: "hundreds" }],
  ])("%j -> %j", (text, value) => {
    expect(normalizeCount(text)).toEqual({ ok: true, value });
  });

  it.each(["many", "1.5", "-3", "40 or so", "1,2"])("refuses %j", (text) => {
    expect(normalizeCount(text)).toMatchObject({ ok: false, message: `'${text}' is not a count` });
  });
});
