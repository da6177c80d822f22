import { describe, expect, it } from "vitest";
import { countriesAt, countryAt } from "./borders";

describe("countryAt", () => {
  it.each([
    ["Kaliningrad (RU exclave between PL and LT)", 20.51, 54.71, "RU"],
    ["Narva (EE, on the river border)", 28.19, 59.377, "EE"],
    ["Ivangorod (RU, across the river from Narva)", 28.22, 59.37, "RU"],
    ["Gibraltar (GI, not ES or GB)", -5.35, 36.14, "GI"],
    ["La Línea de la Concepción (ES, north of the Gibraltar border)", -5.348, 36.165, "ES"],
    ["Strasbourg (FR, on the Rhine)", 7.75, 48.58, "FR"],
    ["Kehl (DE, across the Rhine)", 7.815, 48.57, "DE"],
    ["Baarle-Nassau (NL)", 4.93, 51.445, "NL"],
    ["Moscow Kremlin", 37.6175, 55.752, "RU"],
    ["Villajoyosa", -0.233, 38.507, "ES"],
    ["Seattle", -122.33, 47.6, "US"],
    ["San Juan (PR)", -66.1, 18.45, "PR"],
    ["Simferopol (UA by law; GeoNames agrees)", 34.1, 44.95, "UA"],
    ["Sevastopol", 33.52, 44.6, "UA"],
    ["Kyrenia (CY; north of the Green Line)", 33.32, 35.34, "CY"],
    ["Laayoune (EH)", -13.2, 27.15, "EH"],
    ["Tangier (MA)", -5.8, 35.77, "MA"],
    ["Pristina (XK)", 21.17, 42.67, "XK"],
    ["Taipei (TW)", 121.56, 25.03, "TW"],
    ["Hong Kong (HK)", 114.17, 22.3, "HK"],
  ])("%s", (_, lon, lat, code) => {
    expect(countryAt(lon, lat)).toBe(code);
  });

  it.each([
    ["the North Sea", 3, 56],
    ["the mid-Atlantic", -40, 30],
    ["the Baltic Sea", 19, 56.5],
    ["the Black Sea", 34, 43.3],
    ["the Mediterranean", 18, 35],
  ])("finds no country in %s", (_, lon, lat) => {
    expect(countryAt(lon, lat)).toBeUndefined();
  });

  it("finds no country for points off the globe", () => {
    expect(countryAt(200, 10)).toBeUndefined();
    expect(countryAt(10, -95)).toBeUndefined();
    expect(countryAt(Number.NaN, 10)).toBeUndefined();
  });
});

describe("countriesAt", () => {
  it("adds the sovereign state of a territory", () => {
    expect(countriesAt(-5.35, 36.14)).toEqual(["GI", "GB"]);
    expect(countriesAt(-66.1, 18.45)).toEqual(["PR", "US"]);
  });

  it("gives one code for a state's own land and none at sea", () => {
    expect(countriesAt(7.75, 48.58)).toEqual(["FR"]);
    expect(countriesAt(-40, 30)).toEqual([]);
  });
});
