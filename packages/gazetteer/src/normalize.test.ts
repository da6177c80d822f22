import { describe, expect, it } from "vitest";
import { normalizeName, splitQualifier, withoutDivisionWord } from "./normalize";

describe("normalizeName", () => {
  it.each([
    ["Zürich", "zurich"],
    ["Kraków", "krakow"],
    ["  MOSCOW ", "moscow"],
    ["the Kremlin", "kremlin"],
    ["The Hague", "hague"],
    ["St. Petersburg", "saint petersburg"],
    ["St Petersburg", "saint petersburg"],
    ["Saint-Petersburg", "saint petersburg"],
    ["Sankt Gallen", "saint gallen"],
    ["Washington, D.C.", "washington dc"],
    ["Ukraine's", "ukraine"],
    ["Sana'a", "sanaa"],
    ["Quai d'Orsay", "quai dorsay"],
    ["Bosnia & Herzegovina", "bosnia and herzegovina"],
    ["Frankfurt (Oder)", "frankfurt oder"],
  ])("%s -> %s", (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it("keeps a 'St' that does not lead the name", () => {
    expect(normalizeName("Downing St")).toBe("downing st");
  });

  it("gives the same key to plain ASCII names as the Unicode path would", () => {
    expect(normalizeName("New York")).toBe(normalizeName("New York."));
    expect(normalizeName("Saint Louis")).toBe(normalizeName("Saint-Louis"));
  });

  it("returns an empty key for punctuation only", () => {
    expect(normalizeName(" .,- ")).toBe("");
  });
});

describe("withoutDivisionWord", () => {
  it("drops a trailing division word", () => {
    expect(withoutDivisionWord("kaluga region")).toBe("kaluga");
    expect(withoutDivisionWord("kaluga oblast")).toBe("kaluga");
    expect(withoutDivisionWord("washington state")).toBe("washington");
  });

  it("leaves other keys alone", () => {
    expect(withoutDivisionWord("kaluga")).toBeUndefined();
    expect(withoutDivisionWord("region")).toBeUndefined();
  });
});

describe("splitQualifier", () => {
  it("splits at the last comma", () => {
    expect(splitQualifier("Paris, Texas")).toEqual({ name: "Paris", qualifier: "Texas" });
    expect(splitQualifier("Springfield, Sangamon County, Illinois")).toEqual({
      name: "Springfield, Sangamon County",
      qualifier: "Illinois",
    });
  });

  it("needs text on both sides", () => {
    expect(splitQualifier("Paris")).toBeUndefined();
    expect(splitQualifier("Paris,")).toBeUndefined();
    expect(splitQualifier(", Texas")).toBeUndefined();
  });
});
