import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { findRegexes } from "./regexes";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("every regular expression in the packages' sources", () => {
  const { found, unresolved } = findRegexes(root);

  it("is found, with computed patterns folded to their text", () => {
    expect(unresolved).toEqual([]);
    expect(found.length).toBeGreaterThan(100);
  });

  it("is safe from catastrophic backtracking (recheck)", { timeout: 60_000 }, () => {
    const unsafe = found.flatMap(({ where, source, flags }) => {
      const diagnostics = checkSync(source, flags, { timeout: 5_000 });
      return diagnostics.status === "safe" ? [] : [`${where} /${source}/${flags}: ${diagnostics.status}`];
    });
    expect(unsafe).toEqual([]);
  });
});
