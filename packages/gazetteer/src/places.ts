import type { PlaceMatch } from "@tradecraft/core";
import { CITY_ALIASES } from "./aliases";
import { ADMIN1, CITIES, COUNTRY_POINTS } from "./data/places.generated";
import { normalizeName, withoutDivisionWord } from "./normalize";
import { SEAT_CITIES, SEATS_OF_GOVERNMENT } from "./seats";

/** A place before a name matched it. */
export type Place = Omit<PlaceMatch, "matched">;

/** A place under one of its names, weighted against places of the same kind (population, for cities). */
export interface Entry {
  readonly place: Place;
  readonly alias: string;
  readonly weight: number;
}

export interface PlaceTables {
  /** Every place under the normalized form of each of its names. */
  readonly byName: ReadonlyMap<string, readonly Entry[]>;
  /** First-order divisions under their lower-case alphabetic code ("tx", "eng"), for "Paris, TX". */
  readonly divisionsByCode: ReadonlyMap<string, readonly Place[]>;
  /** Capitals (or, where GeoNames records none, seats of government) by alpha-2 code. */
  readonly capitals: ReadonlyMap<string, Place>;
}

/** Capitals and seats of government outweigh towns of the same name up to half their population. */
const SEAT_WEIGHT = 2;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const fromBase36 = (text: string): number => Number.parseInt(text, 36);
const degrees = (text: string): number => fromBase36(text) / 1e4;
/** The records of a packed table one at a time, so that 25,000 field arrays never live at once. */
function* rows(packed: string): Generator<string[]> {
  for (let start = 0; start < packed.length; ) {
    const end = packed.indexOf("\n", start);
    const stop = end === -1 ? packed.length : end;
    yield packed.slice(start, stop).split("|");
    start = stop + 1;
  }
}
const key = (country: string, name: string) => `${country}|${name}`;

let tables: PlaceTables | undefined;

/** True once the city tables have been parsed and indexed (they are on the first place lookup). */
export const isPlacesLoaded = (): boolean => tables !== undefined;

/** The shipped places, parsed and indexed on first use and kept for the life of the process. */
export const placeTables = (): PlaceTables => {
  tables ??= buildTables();
  return tables;
};

const buildTables = (): PlaceTables => {
  const byName = new Map<string, Entry[]>();
  const add = (name: string, place: Place, weight: number) => {
    const key = normalizeName(name);
    const entries = byName.get(key);
    const entry = { place, alias: name, weight };
    if (entries) entries.push(entry);
    else byName.set(key, [entry]);
  };

  const divisions = new Map(
    Array.from(rows(ADMIN1), ([code = "", name = "", lat = "", lon = ""]) => [code, { name, lat, lon }]),
  );
  // Aliases and seat cities name a city by its data spelling; the data comes most populous first, so the
  // first city of that spelling in that country is the one meant.
  const aliases = new Map(CITY_ALIASES.map((alias) => [key(alias.country, alias.name), alias]));
  const seatCities = new Set(SEAT_CITIES.map((seat) => key(seat.country, seat.name)));

  const divisionWeights = new Map<string, number>();
  const capitals = new Map<string, Place>();
  const seats = new Map<string, Place>();
  for (const [id = "", name = "", country = "", admin = "", count = "", lat = "", lon = "", flag] of rows(CITIES)) {
    const cityKey = key(country, name);
    const divisionKey = `${country}.${admin}`;
    const alias = aliases.get(cityKey);
    aliases.delete(cityKey);
    const seat = seatCities.delete(cityKey);
    const capital = flag === "C";
    const population = fromBase36(count);
    const division = divisions.get(divisionKey);
    // Assigned rather than spread: this loop runs 25,000 times on the first lookup.
    const place: Mutable<Place> = {
      name: alias?.preferred ?? name,
      kind: capital ? "capital" : seat ? "seat_of_government" : "city",
      country,
      lat: degrees(lat),
      lon: degrees(lon),
      precision: "city",
      population,
      geonameId: fromBase36(id),
    };
    if (division) place.admin1 = division.name;
    if (capital || seat) place.metonymFor = country;
    const weight = population * (capital || seat ? SEAT_WEIGHT : 1);
    add(name, place, weight);
    if (alias) for (const other of [alias.preferred ?? [], alias.aliases].flat()) add(other, place, weight);
    divisionWeights.set(divisionKey, (divisionWeights.get(divisionKey) ?? 0) + population);
    if (capital) capitals.set(country, place);
    if (seat) seats.set(country, place);
  }
  for (const [country, seat] of seats) if (!capitals.has(country)) capitals.set(country, seat);

  const divisionsByCode = new Map<string, Place[]>();
  for (const [division, { name, lat, lon }] of divisions) {
    const [country = "", code = ""] = division.split(".");
    const place: Place = {
      name,
      kind: "admin1",
      country,
      admin1: name,
      lat: degrees(lat),
      lon: degrees(lon),
      precision: "admin1",
    };
    const weight = divisionWeights.get(division) ?? 0;
    add(name, place, weight);
    // "Kaluga" for Kaluga Oblast, "Kyiv" for Kyiv City.
    if (withoutDivisionWord(normalizeName(name)) !== undefined)
      add(name.slice(0, name.lastIndexOf(" ")), place, weight);
    if (/^[A-Z]+$/.test(code)) {
      divisionsByCode.set(code.toLowerCase(), [...(divisionsByCode.get(code.toLowerCase()) ?? []), place]);
    }
  }

  for (const seat of SEATS_OF_GOVERNMENT) {
    const place: Place = {
      name: seat.name,
      kind: "seat_of_government",
      country: seat.country,
      lat: seat.lat,
      lon: seat.lon,
      precision: seat.precision,
      metonymFor: seat.country,
    };
    for (const name of [seat.name, ...seat.aliases]) add(name, place, 0);
  }
  return { byName, divisionsByCode, capitals };
};

let points: ReadonlyMap<string, { readonly lat: number; readonly lon: number }> | undefined;

/** Each current country's representative point (inside its largest polygon), by alpha-2 code; a small table. */
export const countryPoints = (): ReadonlyMap<string, { readonly lat: number; readonly lon: number }> => {
  points ??= new Map(
    Array.from(rows(COUNTRY_POINTS), ([code = "", lat = "", lon = ""]) => [
      code,
      { lat: degrees(lat), lon: degrees(lon) },
    ]),
  );
  return points;
};
