import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules, ruleCatalog } from "./catalog";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("the rule catalog", () => {
  it("has unique, dotted ids, the shape check first", () => {
    const ids = ruleCatalog.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("shape.schema");
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
    expect(ids.slice(1)).toEqual(builtinRules.map((rule) => rule.id));
  });

  it("is the README's table, row for row", () => {
    for (const { id, severity, requires, description, hint } of ruleCatalog) {
      expect(readme).toContain(
        `| \`${id}\` | ${severity} | ${requires?.join(", ") ?? ""} | ${description} | ${hint} |`,
      );
    }
    const rows = readme.split("\n").filter((line) => /^\| `[a-z]+\.[a-z-]+` \|/.test(line));
    expect(rows).toHaveLength(ruleCatalog.length);
  });
});
