import { isCountryCode } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { countryOfDemonym, DEMONYMS, pluralOf } from "./demonyms";

describe("countryOfDemonym", () => {
  it.each([
    ["Russian", "RU"],
    ["Russians", "RU"],
    ["Polish", "PL"],
    ["Pole", "PL"],
    ["Poles", "PL"],
    ["American", "US"],
    ["Americans", "US"],
    ["British", "GB"],
    ["Britons", "GB"],
    ["Scottish", "GB"],
    ["Soviet", "SU"],
    ["Czech", "CZ"],
    ["Czechs", "CZ"],
    ["Emirati", "AE"],
    ["Emiratis", "AE"],
    ["Bulgarians", "BG"],
    ["Ukrainians", "UA"],
    ["Germans", "DE"],
    ["East German", "DD"],
    ["Frenchmen", "FR"],
    ["Chinese", "CN"],
    ["North Korean", "KP"],
    ["Yugoslav", "YU"],
    ["Kosovar", "XK"],
    ["burkinabé", "BF"],
    ["MONÉGASQUE", "MC"],
  ])("%s -> %s", (word, code) => {
    expect(countryOfDemonym(word)).toBe(code);
  });

  it.each(["Korean", "Congolese", "European", "Western", "Westerners", "Kurdish", "Arab", ""])(
    "%s names no single state",
    (word) => {
      expect(countryOfDemonym(word)).toBeUndefined();
    },
  );
});

describe("pluralOf", () => {
  it.each([
    ["Briton", "Britons"],
    ["German", "Germans"],
    ["Frenchman", "Frenchmen"],
    ["Englishwoman", "Englishwomen"],
    ["Emirati", "Emiratis"],
  ])("%s -> %s", (word, plural) => {
    expect(pluralOf(word)).toBe(plural);
  });

  it.each(["Chinese", "Swiss", "Polish", "French", "Dutch", "Kyrgyz"])("%s has no -s plural", (word) => {
    expect(pluralOf(word)).toBeUndefined();
  });
});

describe("DEMONYMS", () => {
  it("covers the ISO states and the historical ones the domain meets, with valid codes", () => {
    const codes = Object.keys(DEMONYMS);
    expect(codes.length).toBeGreaterThanOrEqual(200);
    expect(codes.filter((code) => !isCountryCode(code))).toEqual([]);
    expect(codes).toEqual(expect.arrayContaining(["SU", "YU", "CS", "DD", "XK"]));
  });

  it("gives every word to one state only", () => {
    const owners = new Map<string, string[]>();
    for (const [code, words] of Object.entries(DEMONYMS)) {
      for (const word of words) owners.set(word.toLowerCase(), [...(owners.get(word.toLowerCase()) ?? []), code]);
    }
    expect([...owners].filter(([, codes]) => codes.length > 1)).toEqual([]);
  });
});
