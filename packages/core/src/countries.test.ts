import { describe, expect, it } from "vitest";
import { countryName, isCountryCode, listCountries, lookupCountry, toAlpha2, toAlpha3 } from "./countries";

describe("countries", () => {
  it("looks up by alpha-2, alpha-3, numeric and English names", () => {
    expect(lookupCountry("RU")).toMatchObject({ alpha2: "RU", alpha3: "RUS", numeric: "643", name: "Russia" });
    expect(lookupCountry("rus")?.alpha2).toBe("RU");
    expect(lookupCountry(643)?.alpha2).toBe("RU");
    expect(lookupCountry("040")?.alpha2).toBe("AT");
    expect(lookupCountry("40")?.alpha2).toBe("AT");
    expect(toAlpha2("Russian Federation")).toBe("RU");
    expect(toAlpha2("the United Kingdom")).toBe("GB");
    expect(toAlpha2("U.K.")).toBe("GB");
    expect(toAlpha2("Britain")).toBe("GB");
    expect(toAlpha2("United States of America")).toBe("US");
    expect(toAlpha2("U.S.")).toBe("US");
    expect(toAlpha2("USA")).toBe("US");
    expect(toAlpha2("Türkiye")).toBe("TR");
    expect(toAlpha2("Turkey")).toBe("TR");
    expect(toAlpha2("Cote d'Ivoire")).toBe("CI");
    expect(toAlpha2("CÔTE D’IVOIRE")).toBe("CI");
    expect(toAlpha2("Czechia")).toBe("CZ");
    expect(toAlpha2("Czech Republic")).toBe("CZ");
    expect(toAlpha3("Slovenia")).toBe("SVN");
    expect(countryName("KP")).toBe("North Korea");
    expect(countryName("US")).toBe("United States");
    expect(countryName("GB")).toBe("United Kingdom");
  });

  it("names each of the corpus's states", () => {
    const names = [
      "France",
      "Germany",
      "Italy",
      "Spain",
      "Slovenia",
      "Austria",
      "Poland",
      "Greece",
      "Ukraine",
      "Turkey",
    ];
    expect(names.map(toAlpha2)).toEqual(["FR", "DE", "IT", "ES", "SI", "AT", "PL", "GR", "UA", "TR"]);
    expect(["Saudi Arabia", "India", "Cuba", "Puerto Rico", "Bulgaria", "Serbia"].map(toAlpha2)).toEqual([
      "SA",
      "IN",
      "CU",
      "PR",
      "BG",
      "RS",
    ]);
  });

  it("knows the historical codes the domain needs, with their end and successors", () => {
    expect(lookupCountry("SU")).toMatchObject({
      name: "Soviet Union",
      alpha3: "SUN",
      historical: true,
      dissolved: 1991,
    });
    expect(lookupCountry("SU")?.successors).toContain("RU");
    expect(toAlpha2("USSR")).toBe("SU");
    expect(toAlpha2("Yugoslavia")).toBe("YU");
    expect(toAlpha2("Czechoslovakia")).toBe("CS");
    expect(toAlpha2("East Germany")).toBe("DD");
    expect(toAlpha2("German Democratic Republic")).toBe("DD");
    expect(isCountryCode("SU")).toBe(true);
    expect(isCountryCode("XK")).toBe(true);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("ru")).toBe(false);
  });

  it("gives a reused number or name to the current country", () => {
    expect(lookupCountry(180)?.alpha2).toBe("CD");
    expect(lookupCountry("104")?.alpha2).toBe("MM");
    expect(toAlpha2("Burma")).toBe("MM");
    expect(toAlpha2("Zaire")).toBe("ZR");
    expect(lookupCountry("BU")?.historical).toBe(true);
  });

  it("keeps the first claimant of a shared short name, and says nothing for unknown names", () => {
    expect(toAlpha2("Congo")).toBe("CG");
    expect(toAlpha2("Democratic Republic of the Congo")).toBe("CD");
    expect(lookupCountry("Atlantis")).toBeUndefined();
    expect(lookupCountry("ZZ")).toBeUndefined();
    expect(lookupCountry("999")).toBeUndefined();
    expect(lookupCountry("")).toBeUndefined();
  });

  it("lists every ISO 3166-1 country once, plus the extra codes", () => {
    const all = listCountries();
    expect(all.length).toBe(249 + 8);
    expect(new Set(all.map((c) => c.alpha2)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.alpha3)).size).toBe(all.length);
  });
});
