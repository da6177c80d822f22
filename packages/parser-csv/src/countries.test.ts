import type { Gazetteer, PlaceMatch } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { normalizeCountry } from "./countries";

/** A fake gazetteer that knows two demonyms and one metonym; enough to see the parser ask it. */
const gazetteer = {
  countryOfDemonym: (word: string) => ({ russian: "RU", polish: "PL" })[word.toLowerCase()],
  lookupPlace: (name: string): PlaceMatch | undefined =>
    name.toLowerCase() === "the kremlin"
      ? {
          name: "Kremlin",
          kind: "seat_of_government",
          country: "RU",
          lat: 55.75,
          lon: 37.62,
          precision: "exact",
          matched: name,
          metonymFor: "RU",
        }
      : undefined,
} as unknown as Gazetteer;

const read = (text: string, withGazetteer = false, entities = false) => {
  const reading = normalizeCountry(text, { gazetteer: withGazetteer ? gazetteer : undefined, entities });
  return reading.ok ? reading.value : `ERROR ${reading.hint}`;
};

describe("states named in a cell", () => {
  it.each([
    ["RU", "RU"],
    ["rus", "RU"],
    ["643", "RU"],
    ["Russia", "RU"],
    ["Russian Federation", "RU"],
    ["the United States", "US"],
    ["Soviet Union", "SU"],
    ["USSR", "SU"],
    [" Côte d'Ivoire ", "CI"],
  ])("%j -> %j through core's country table", (text, code) => {
    expect(read(text)).toBe(code);
  });

  it("reads demonyms and government metonyms through the gazetteer it is given", () => {
    expect(read("Russian")).toMatch(/^ERROR .*pass a gazetteer/);
    expect(read("Russian", true)).toBe("RU");
    expect(read("Polish", true)).toBe("PL");
    expect(read("the Kremlin", true)).toBe("RU");
    expect(read("Narnia", true)).toMatch(/^ERROR Write an ISO 3166 code/);
  });

  it("keeps entity ids where an actor may be an entity", () => {
    expect(read("org:ru-gru", false, true)).toBe("org:ru-gru");
    expect(read("org:ru-gru")).toMatch(/^ERROR/);
  });
});
