import { describe, expect, it } from "vitest";
import { findCount } from "./counts";
import { readSentences } from "./sentences";

const countIn = (text: string) => {
  const [sentence] = readSentences(text);
  const tokens = sentence?.tokens ?? [];
  const found = findCount(tokens, 0, tokens.length - 1);
  return found && { count: found.count, qualifier: found.qualifier };
};

describe("findCount", () => {
  it.each([
    ["expelled 45 Polish diplomats", 45, "exact"],
    ["expelled five Bulgarians", 5, "exact"],
    ["about 400 Russian diplomats", 400, "approximate"],
    ["more than 100 diplomats", 100, "more_than"],
    ["at least 12 officers", 12, "at_least"],
    ["nearly 90 officials", 90, "approximate"],
    ["another 10 diplomats", 10, "exact"],
    ["60 more diplomats", 60, "exact"],
    ["took over two properties", 2, "exact"],
    ["expelled over 100 diplomats", 100, "more_than"],
    ["1,200 names", 1200, "exact"],
    ["a Belarusian diplomat", 1, "exact"],
  ])("%s", (text, count, qualifier) => {
    expect(countIn(text)).toEqual({ count, qualifier });
  });

  it.each([
    ["several more were removed", "several"],
    ["dozens of diplomats", "dozens"],
    ["hundreds of thousands of Russians", "hundreds"],
  ])("%s has no number", (text, qualifier) => {
    expect(countIn(text)).toEqual({ count: undefined, qualifier });
  });

  it.each([
    "in 2018 the embassy",
    "dropped by nearly 90% since",
    "a 24-hour hotline",
    "within 72 hours",
    "a 46-year-old minister",
    "one of the Spanish cities",
  ])("%s is no count", (text) => {
    expect(countIn(text)).toBeUndefined();
  });
});
