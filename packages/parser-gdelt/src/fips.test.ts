import { isCountryCode } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { fipsCountry, fipsToIso } from "./fips";
import { hasSharedData, sharedTsv } from "./shared-data.fixture";
import { FIPS_COUNTRIES } from "./tables/fips-countries";

describe("FIPS 10-4 to ISO 3166", () => {
  it.each([
    ["GM", "DE", "Germany, not ISO's Gambia"],
    ["GA", "GM", "Gambia, whose ISO code is FIPS's Germany"],
    ["AU", "AT", "Austria, not ISO's Australia"],
    ["AS", "AU", "Australia, not ISO's American Samoa"],
    ["AQ", "AS", "American Samoa"],
    ["CH", "CN", "China, not ISO's Switzerland"],
    ["SZ", "CH", "Switzerland"],
    ["UK", "GB", "the United Kingdom (UK is no ISO code)"],
    ["RS", "RU", "Russia, not ISO's Serbia"],
    ["RI", "RS", "Serbia"],
    ["KV", "XK", "Kosovo"],
    ["LO", "SK", "Slovakia, though GDELT's label says Czechoslovakia"],
    ["GV", "GN", "Guinea, though GDELT's label says Equatorial Guinea"],
    ["GZ", "PS", "the Gaza Strip, in ISO's PS like the West Bank"],
    ["WE", "PS", "the West Bank"],
  ])("%s is %s: %s", (fips, iso) => {
    expect(fipsToIso(fips)).toBe(iso);
  });

  it("leaves places ISO does not list without a code, and knows no non-FIPS code", () => {
    expect(fipsCountry("OS")).toEqual({ fips: "OS", name: "Oceans" });
    expect(fipsToIso("PG")).toBeUndefined(); // Spratly Islands
    expect(fipsToIso("YI")).toBeUndefined(); // Serbia and Montenegro: its old ISO code CS is Czechoslovakia in core
    expect(fipsToIso("NT")).toBeUndefined(); // Netherlands Antilles, dissolved; core has no AN
    expect(fipsCountry("XX")).toBeUndefined();
    expect(fipsCountry("__proto__")).toBeUndefined();
  });

  it("maps only to codes core accepts", () => {
    for (const [fips, [iso2]] of Object.entries(FIPS_COUNTRIES)) {
      if (iso2 !== null) expect(isCountryCode(iso2), fips).toBe(true);
    }
  });

  it.runIf(hasSharedData)(
    "holds every code of fips-countries.tsv with its ISO code, but for the documented overrides",
    () => {
      const rows = sharedTsv("fips-countries.tsv");
      expect(Object.keys(FIPS_COUNTRIES)).toHaveLength(rows.length);
      const differences = rows
        .filter(([fips, , iso2]) => (fipsToIso(fips ?? "") ?? "") !== iso2)
        .map(([fips, , iso2]) => `${fips}:${iso2}->${fipsToIso(fips ?? "") ?? ""}`);
      expect(differences).toEqual(["GZ:->PS", "NT:AN->", "YI:CS->"]);
    },
  );
});
