import { type Gazetteer, listCountries } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { CITY_ALIASES } from "./aliases";
import { createGazetteer, gazetteer } from "./gazetteer";
import { SEAT_CITIES, SEATS_OF_GOVERNMENT } from "./seats";

/**
 * What the development corpus names (its three articles: the US-Russia diplomats' return, the 2022 European
 * expulsions, the Kuzminov case), as a parser would hand the names over.
 */
const CORPUS_PLACES: readonly [name: string, country: string, kind: string][] = [
  ["Istanbul", "TR", "city"],
  ["Riyadh", "SA", "capital"],
  ["Seattle", "US", "city"],
  ["Washington", "US", "capital"],
  ["New York", "US", "city"],
  ["Houston", "US", "city"],
  ["Maryland", "US", "admin1"],
  ["Moscow", "RU", "capital"],
  ["Irkutsk", "RU", "city"],
  ["Kaliningrad", "RU", "city"],
  ["Saint Petersburg", "RU", "city"],
  ["Glasgow", "GB", "city"],
  ["Paris", "FR", "capital"],
  ["Berlin", "DE", "capital"],
  ["London", "GB", "capital"],
  ["Barcelona", "ES", "city"],
  ["Prague", "CZ", "capital"],
  ["Kaluga region", "RU", "admin1"],
  ["Pskov", "RU", "city"],
  ["Kyiv", "UA", "capital"],
  ["Villajoyosa", "ES", "city"],
];

const CORPUS_COUNTRIES: readonly [name: string, country: string][] = [
  ["United States", "US"],
  ["the United States", "US"],
  ["U.S.", "US"],
  ["US", "US"],
  ["Russia", "RU"],
  ["Russian Federation", "RU"],
  ["the Russian Federation", "RU"],
  ["UK", "GB"],
  ["United Kingdom", "GB"],
  ["Ukraine", "UA"],
  ["France", "FR"],
  ["Germany", "DE"],
  ["Italy", "IT"],
  ["Spain", "ES"],
  ["Slovenia", "SI"],
  ["Austria", "AT"],
  ["Poland", "PL"],
  ["Greece", "GR"],
  ["Puerto Rico", "PR"],
  ["Cuba", "CU"],
  ["Turkey", "TR"],
  ["USSR", "SU"],
];

const CORPUS_DEMONYMS: readonly [word: string, country: string][] = [
  ["Russian", "RU"],
  ["Russians", "RU"],
  ["American", "US"],
  ["Bulgarian", "BG"],
  ["Bulgarians", "BG"],
  ["Polish", "PL"],
  ["Ukrainian", "UA"],
  ["Ukrainians", "UA"],
  ["Soviet", "SU"],
  ["Spanish", "ES"],
  ["Indian", "IN"],
  ["British", "GB"],
  ["Serbian", "RS"],
];

const CORPUS_METONYMS: readonly [name: string, country: string][] = [
  ["Moscow", "RU"],
  ["Washington", "US"],
  ["the Kremlin", "RU"],
  ["Kremlin", "RU"],
  ["Kyiv", "UA"],
  ["London", "GB"],
  ["Paris", "FR"],
  ["Berlin", "DE"],
];

const CORPUS_ORGANIZATIONS: readonly [name: string, id: string][] = [
  ["Federal Security Service (FSB)", "org:ru-fsb"],
  ["FSB", "org:ru-fsb"],
  ["the Russian FSB", "org:ru-fsb"],
  ["GRU", "org:ru-gru"],
  ["military intelligence GRU", "org:ru-gru"],
  ["SVR", "org:ru-svr"],
  ["foreign intelligence SVR", "org:ru-svr"],
  ["KGB", "org:su-kgb"],
  ["SMERSH", "org:su-smersh"],
  ["US Central Intelligence Agency", "org:us-cia"],
  ["Main Intelligence Directorate of the Ministry of Defense of Ukraine (GUR)", "org:ua-gur"],
  ["Ukraine's military intelligence", "org:ua-gur"],
  ["Third Directorate of Military Counterintelligence", "org:ru-fsb-dvkr"],
  ["Ukraine's Prisoner of War Affairs Directorate", "org:ua-pow-hq"],
  ["United Nations", "org:un"],
  ["European Union", "org:eu"],
];

describe("the development corpus", () => {
  it.each(CORPUS_PLACES)("places: %s -> %s (%s)", (name, country, kind) => {
    const place = gazetteer.lookupPlace(name);
    expect(place).toMatchObject({ country, kind });
    expect(place?.precision).toBe(kind === "admin1" ? "admin1" : "city");
  });

  it.each(CORPUS_COUNTRIES)("countries: %s -> %s", (name, country) => {
    expect(gazetteer.lookupPlace(name)).toMatchObject({ kind: "country", country, precision: "country" });
    expect(gazetteer.resolveState(name)).toMatchObject({ country, via: "country" });
  });

  it.each(CORPUS_DEMONYMS)("demonyms: %s -> %s", (word, country) => {
    expect(gazetteer.countryOfDemonym(word)).toBe(country);
    expect(gazetteer.resolveState(word)).toMatchObject({ country, via: "demonym" });
  });

  it.each(CORPUS_METONYMS)("metonyms: %s -> %s", (name, country) => {
    expect(gazetteer.lookupPlace(name)?.metonymFor).toBe(country);
    expect(gazetteer.resolveState(name)?.country).toBe(country);
  });

  it.each(CORPUS_ORGANIZATIONS)("services: %s -> %s", (name, id) => {
    expect(gazetteer.lookupOrganization(name)?.id).toBe(id);
  });

  it.each(["Europe", "Western Europe", "Central Asia", "the Caucasus", "Mediterranean"])(
    "regions are not places of this gazetteer: %s",
    (name) => {
      expect(gazetteer.lookupPlace(name)).toBeUndefined();
      expect(gazetteer.resolveState(name)).toBeUndefined();
    },
  );
});

describe("lookupPlace", () => {
  it("returns the point, precision, GeoNames id and matched alias", () => {
    expect(gazetteer.lookupPlace("Kiev")).toEqual({
      name: "Kyiv",
      kind: "capital",
      country: "UA",
      admin1: "Kyiv City",
      lat: expect.closeTo(50.45, 1),
      lon: expect.closeTo(30.52, 1),
      precision: "city",
      population: expect.any(Number),
      geonameId: 703448,
      matched: "Kiev",
      metonymFor: "UA",
    });
  });

  it("normalizes case, accents, 'St.' and 'the'", () => {
    for (const name of ["St. Petersburg", "St Petersburg", "Saint-Petersburg", "SAINT PETERSBURG", "Leningrad"]) {
      expect(gazetteer.lookupPlace(name), name).toMatchObject({ name: "Saint Petersburg", country: "RU" });
    }
    expect(gazetteer.lookupPlace("Zurich")).toMatchObject({ name: "Zürich", country: "CH" });
    expect(gazetteer.lookupPlace("the Hague")).toMatchObject({ name: "The Hague", country: "NL" });
  });

  it("prefers the likeliest place of an ambiguous name", () => {
    expect(gazetteer.lookupPlace("Washington")).toMatchObject({ country: "US", admin1: "District of Columbia" });
    expect(gazetteer.lookupPlace("Paris")).toMatchObject({ country: "FR" });
    expect(gazetteer.lookupPlace("Salisbury")).toMatchObject({ country: "GB", admin1: "England" });
    expect(gazetteer.lookupPlace("Georgia")).toMatchObject({ kind: "country", country: "GE" });
    expect(gazetteer.lookupPlace("Birmingham")).toMatchObject({ country: "GB" });
  });

  it("returns every candidate when asked, likeliest first", () => {
    const washingtons = gazetteer.lookupPlaces("Washington");
    expect(washingtons.map((place) => place.country)).toEqual(expect.arrayContaining(["US", "GB"]));
    expect(washingtons[0]?.kind).toBe("capital");
    expect(washingtons.at(-1)).toMatchObject({ kind: "admin1", name: "Washington", country: "US" });
    expect(gazetteer.lookupPlaces("Georgia").map((p) => `${p.kind}:${p.country}`)).toEqual(["country:GE", "admin1:US"]);
  });

  it("takes a country hint, by code or by name", () => {
    expect(gazetteer.lookupPlace("Salisbury", { country: "GB" })).toMatchObject({ country: "GB" });
    expect(gazetteer.lookupPlace("Salisbury", { country: "US" })).toMatchObject({ country: "US" });
    expect(gazetteer.lookupPlace("Paris", { country: "United States" })).toMatchObject({ admin1: "Texas" });
    expect(gazetteer.lookupPlace("Moscow", { country: "US" })).toMatchObject({ admin1: "Idaho" });
  });

  it("reads a ', qualifier' suffix as a division or country", () => {
    expect(gazetteer.lookupPlace("Paris, Texas")).toMatchObject({ country: "US", admin1: "Texas" });
    expect(gazetteer.lookupPlace("Paris, TX")).toMatchObject({ country: "US", admin1: "Texas" });
    expect(gazetteer.lookupPlace("Paris, France")).toMatchObject({ country: "FR" });
    expect(gazetteer.lookupPlace("Salisbury, England")).toMatchObject({ country: "GB" });
    expect(gazetteer.lookupPlace("Salisbury, MD")).toMatchObject({ country: "US", admin1: "Maryland" });
    expect(gazetteer.lookupPlace("Washington, D.C.")).toMatchObject({ country: "US", matched: "Washington, D.C." });
  });

  it("ignores a qualifier it does not know, and says so through `matched`", () => {
    expect(gazetteer.lookupPlace("Salisbury, Wiltshire")).toMatchObject({ country: "GB", matched: "Salisbury" });
    expect(gazetteer.lookupPlace("Springfield, Narnia")).toMatchObject({ matched: "Springfield" });
  });

  it("finds nothing when a known qualifier rules every place out", () => {
    expect(gazetteer.lookupPlace("Paris, Japan")).toBeUndefined();
    expect(gazetteer.lookupPlace("Paris, Ontario")).toBeUndefined();
  });

  it("finds first-order divisions by name, with or without their kind", () => {
    expect(gazetteer.lookupPlace("Texas")).toMatchObject({ kind: "admin1", country: "US", precision: "admin1" });
    expect(gazetteer.lookupPlace("Kaluga Oblast")).toMatchObject({ kind: "admin1", country: "RU" });
    expect(gazetteer.lookupPlace("Kaluga region")).toMatchObject({ kind: "admin1", matched: "Kaluga" });
    expect(gazetteer.lookupPlace("Kaluga")).toMatchObject({ kind: "city", country: "RU" });
    expect(gazetteer.lookupPlace("England")).toMatchObject({ kind: "admin1", country: "GB" });
  });

  it("flags seats of government as metonyms, buildings at exact precision", () => {
    expect(gazetteer.lookupPlace("the Kremlin")).toMatchObject({
      kind: "seat_of_government",
      precision: "exact",
      metonymFor: "RU",
      matched: "Kremlin",
    });
    for (const [name, country] of [
      ["Whitehall", "GB"],
      ["Downing Street", "GB"],
      ["Number 10", "GB"],
      ["the White House", "US"],
      ["Foggy Bottom", "US"],
      ["Élysée", "FR"],
      ["Elysee Palace", "FR"],
      ["Quai d'Orsay", "FR"],
      ["Zhongnanhai", "CN"],
      ["Bankova", "UA"],
      ["The Hague", "NL"],
    ] as const) {
      expect(gazetteer.lookupPlace(name)?.metonymFor, name).toBe(country);
    }
    expect(gazetteer.lookupPlace("Seattle")?.metonymFor).toBeUndefined();
  });

  it.each(["Xyzzyville", "Xyzzyville, Texas", "", "   ", ", "])("finds nothing for %j", (name) => {
    expect(gazetteer.lookupPlace(name)).toBeUndefined();
  });

  it("finds nothing with an unknown country hint", () => {
    expect(gazetteer.lookupPlaces("Paris", { country: "Narnia" })).toEqual([]);
  });
});

describe("capital and countryPoint", () => {
  it("gives capitals as metonyms of their state", () => {
    expect(gazetteer.capital("RU")).toMatchObject({ name: "Moscow", kind: "capital", metonymFor: "RU" });
    expect(gazetteer.capital("Russia")).toMatchObject({ name: "Moscow" });
    expect(gazetteer.capital("US")).toMatchObject({ name: "Washington", admin1: "District of Columbia" });
    expect(gazetteer.capital("NL")).toMatchObject({ name: "Amsterdam" });
  });

  it("gives the seat of government where GeoNames records no capital", () => {
    expect(gazetteer.capital("IL")).toMatchObject({ name: "Jerusalem", kind: "seat_of_government" });
    expect(gazetteer.capital("PS")).toMatchObject({ name: "Ramallah", kind: "seat_of_government" });
    expect(gazetteer.capital("AQ")).toBeUndefined();
    expect(gazetteer.capital("ZZ")).toBeUndefined();
  });

  it("gives historical states their capital, as a metonym for the old code", () => {
    expect(gazetteer.capital("SU")).toMatchObject({ name: "Moscow", country: "RU", metonymFor: "SU" });
    expect(gazetteer.capital("DD")).toMatchObject({ name: "Berlin", metonymFor: "DD" });
    expect(gazetteer.capital("YD")).toMatchObject({ name: "Aden", kind: "capital", metonymFor: "YD" });
  });

  it("puts every current country's point inside the country, at country precision", () => {
    for (const { alpha2, historical } of listCountries()) {
      if (historical) continue;
      const point = gazetteer.countryPoint(alpha2);
      if (point === undefined) continue;
      expect(point.precision).toBe("country");
      expect(gazetteer.countryAt(point.lon, point.lat), alpha2).toBe(alpha2);
    }
  });

  it("has a point for every current country but the uninhabited ones", () => {
    const missing = listCountries().filter((c) => !c.historical && gazetteer.countryPoint(c.alpha2) === undefined);
    expect(missing.map((c) => c.alpha2).sort()).toEqual(["BV", "TK", "UM"]);
  });

  it("uses the capital as the point of a historical state", () => {
    expect(gazetteer.countryPoint("SU")).toMatchObject({ name: "Soviet Union", kind: "country", lat: 55.7522 });
  });
});

describe("the shipped tables", () => {
  it("resolve every city alias to its city", () => {
    for (const { name, country, preferred, aliases } of CITY_ALIASES) {
      for (const alias of [name, ...aliases]) {
        expect(gazetteer.lookupPlace(alias, { country }), alias).toMatchObject({ name: preferred ?? name, country });
      }
    }
  });

  it("find every seat city", () => {
    for (const { name, country } of SEAT_CITIES) {
      expect(gazetteer.lookupPlace(name, { country }), name).toMatchObject({ metonymFor: country });
    }
  });

  it("put every capital and seat of government inside its own country", () => {
    for (const { alpha2, historical } of listCountries()) {
      const capital = historical ? undefined : gazetteer.capital(alpha2);
      if (capital) expect(gazetteer.countryAt(capital.lon, capital.lat), capital.name).toBe(alpha2);
    }
    for (const seat of SEATS_OF_GOVERNMENT)
      expect(gazetteer.countryAt(seat.lon, seat.lat), seat.name).toBe(seat.country);
  });
});

describe("resolveState", () => {
  it("says how the text named the state", () => {
    expect(gazetteer.resolveState("Poland")).toEqual({ country: "PL", via: "country", matched: "Poland" });
    expect(gazetteer.resolveState("Poles")).toEqual({ country: "PL", via: "demonym", matched: "Poles" });
    expect(gazetteer.resolveState("Warsaw")).toEqual({ country: "PL", via: "capital", matched: "Warsaw" });
    expect(gazetteer.resolveState("Whitehall")).toEqual({
      country: "GB",
      via: "seat_of_government",
      matched: "Whitehall",
    });
    expect(gazetteer.resolveState("Holland")).toMatchObject({ country: "NL" });
    expect(gazetteer.resolveState("Houston")).toBeUndefined();
  });

  it("takes two- and three-letter codes in capitals only: in text, 'us' and 'in' are words", () => {
    expect(gazetteer.resolveState("US")).toMatchObject({ country: "US" });
    expect(gazetteer.resolveState("USA")).toMatchObject({ country: "US" });
    for (const word of ["us", "in", "it", "no", "Us"]) expect(gazetteer.resolveState(word), word).toBeUndefined();
    expect(gazetteer.lookupPlace("in")).toBeUndefined();
    expect(gazetteer.lookupPlace("Paris", { country: "us" })).toMatchObject({ admin1: "Texas" });
  });
});

describe("countryProfile", () => {
  it("gathers codes, names, demonyms, capital and point", () => {
    const profile = gazetteer.countryProfile("Czech Republic");
    expect(profile?.country).toMatchObject({ alpha2: "CZ", alpha3: "CZE", name: "Czechia" });
    expect(profile?.demonyms).toContain("Czech");
    expect(profile?.capital).toMatchObject({ name: "Prague" });
    expect(profile?.point).toMatchObject({ kind: "country", country: "CZ" });
    expect(gazetteer.countryProfile("Narnia")).toBeUndefined();
  });
});

describe("createGazetteer", () => {
  const porton = {
    name: "Porton Down",
    kind: "city",
    country: "GB",
    lat: 51.13,
    lon: -1.7,
    precision: "exact",
    aliases: ["DSTL Porton Down"],
  } as const;
  const own = createGazetteer({
    places: [porton],
    organizations: [
      {
        id: "org:gb-dstl",
        kind: "organization",
        name: "Defence Science and Technology Laboratory",
        abbreviations: ["Dstl"],
        organizationType: "government",
        country: "GB",
      },
    ],
  });

  it("is a Gazetteer as core defines it", () => {
    const contract: Gazetteer = own;
    expect(contract.countryOfDemonym("Polish")).toBe("PL");
  });

  it("finds your own places and organizations with the shipped ones", () => {
    expect(own.lookupPlace("DSTL Porton Down")).toMatchObject({ name: "Porton Down", matched: "DSTL Porton Down" });
    expect(own.lookupOrganization("Dstl")?.id).toBe("org:gb-dstl");
    expect(own.lookupOrganization("FSB")?.id).toBe("org:ru-fsb");
    expect(own.organizations().at(-1)?.id).toBe("org:gb-dstl");
  });

  it("leaves the shared instance alone", () => {
    expect(gazetteer.lookupPlace("Porton Down")).toBeUndefined();
    expect(gazetteer.lookupOrganization("Dstl")).toBeUndefined();
  });
});
