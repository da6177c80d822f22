import { describe, expect, it } from "vitest";
import { cameoCountryLabel, cameoCountryToIso, cameoLabel, isCameoCode } from "./cameo";
import { hasSharedData, sharedTsv } from "./shared-data.fixture";
import { CAMEO_COUNTRIES } from "./tables/cameo-countries";
import { CAMEO_EVENT_CODES } from "./tables/cameo-event-codes";

describe("CAMEO event codes", () => {
  it("keeps codes as text, leading zeros and all", () => {
    expect(cameoLabel("042")).toBe("Make a visit");
    expect(cameoLabel("0841")).toBe("Return, release person(s)");
    expect(cameoLabel("1125")).toBe("Accuse of espionage, treason");
    expect(isCameoCode("42")).toBe(false);
    expect(isCameoCode("106")).toBe(true); // split off the corrupted 1056 line of GDELT's file
    expect(isCameoCode("176")).toBe(false); // extended CAMEO's cyber attack: not in GDELT's list
  });

  it.runIf(hasSharedData)("holds every code of cameo-eventcodes.tsv", () => {
    expect(CAMEO_EVENT_CODES).toEqual(sharedTsv("cameo-eventcodes.tsv"));
  });
});

describe("CAMEO actor countries", () => {
  it.each([
    ["RUS", "RU"],
    ["USA", "US"],
    ["DEU", "DE"],
    ["GMB", "GM"],
    ["SSD", "SS"],
    ["ROM", "RO"],
    ["TMP", "TL"],
    ["MTN", "ME"],
    ["IMY", "IM"],
    ["GZS", "PS"],
    ["WSB", "PS"],
    ["PSE", "PS"],
  ])("%s is %s", (cameo, iso) => {
    expect(cameoCountryToIso(cameo)).toBe(iso);
  });

  it("leaves CAMEO's regions and other specials without a state", () => {
    for (const special of ["EUR", "AFR", "WST", "MEA", "BAG", "SCN", "ANT"]) {
      expect(cameoCountryToIso(special), special).toBeUndefined();
      expect(cameoCountryLabel(special), special).toBeTruthy();
    }
    expect(cameoCountryLabel("WST")).toBe("The West");
    expect(cameoCountryToIso("XYZ")).toBeUndefined();
    expect(cameoCountryToIso("rus")).toBeUndefined();
    expect(cameoCountryToIso("Russia")).toBeUndefined(); // never read as a name
  });

  it.runIf(hasSharedData)("holds every code of cameo-countries.tsv, plus South Sudan", () => {
    const rows = sharedTsv("cameo-countries.tsv");
    expect(CAMEO_COUNTRIES).toHaveLength(rows.length + 1);
    expect(CAMEO_COUNTRIES).toEqual(expect.arrayContaining([...rows, ["SSD", "South Sudan"]]));
  });
});
