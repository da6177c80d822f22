import {
  type Country,
  type Gazetteer,
  lookupCountry,
  type OrganizationEntity,
  type PlaceMatch,
  type PlaceQuery,
} from "@tradecraft/core";
import { countriesAt, countryAt, isBordersLoaded } from "./borders";
import { countryCode, countryNamed, HISTORICAL_CAPITALS } from "./countries";
import { countryOfDemonym, DEMONYMS } from "./demonyms";
import { normalizeName, splitQualifier, withoutDivisionWord } from "./normalize";
import { OrganizationIndex } from "./organization-index";
import { ORGANIZATIONS } from "./organizations";
import { countryPoints, type Entry, isPlacesLoaded, type Place, placeTables } from "./places";

/** A place of your own (a landmark, a local name), found and ranked with the shipped ones. */
export interface PlaceInput extends Place {
  readonly aliases?: readonly string[];
}

/** What `createGazetteer` adds to the shipped data. */
export interface GazetteerOptions {
  /** Places to add; they rank before GeoNames cities of the same name. */
  readonly places?: readonly PlaceInput[];
  /** Organizations to add, found by name, alias and abbreviation. */
  readonly organizations?: readonly OrganizationEntity[];
}

/** The state a piece of text names, and how it named it. */
export interface StateMatch {
  /** ISO 3166 alpha-2 (historical ISO 3166-3 codes such as SU included). */
  readonly country: string;
  /** A country code or name, a demonym ("Polish"), a capital ("Moscow") or a seat of government ("the Kremlin"). */
  readonly via: "country" | "demonym" | "capital" | "seat_of_government";
  readonly matched: string;
}

/** Everything the gazetteer knows about one country. */
export interface CountryProfile {
  /** Codes and names, from core. */
  readonly country: Country;
  /** Adjectives and nouns for its people, as listed (plurals are also understood by `countryOfDemonym`). */
  readonly demonyms: readonly string[];
  readonly capital?: PlaceMatch;
  /** A point inside its territory, for maps at country precision. */
  readonly point?: PlaceMatch;
}

/**
 * Hand-listed places (seats of government, your own) come before GeoNames cities of the same name,
 * countries before both and first-order divisions after them; within a rank the heavier place wins.
 */
const rankOf = (place: Place): number => {
  if (place.kind === "country") return 0;
  if (place.kind === "admin1") return 3;
  return place.geonameId === undefined ? 1 : 2;
};

const byRank = (a: Entry, b: Entry) => rankOf(a.place) - rankOf(b.place) || b.weight - a.weight;

const toMatch = ({ place, alias }: Entry): PlaceMatch => ({ ...place, matched: alias });

/**
 * The offline gazetteer: names to places, points to countries, demonyms and services to states. Shipped
 * data is parsed on the first lookup that needs it and shared by every instance.
 */
export class TradecraftGazetteer implements Gazetteer {
  readonly #options: GazetteerOptions;
  #ownPlaces: Map<string, Entry[]> | undefined;
  #organizations: OrganizationIndex | undefined;

  constructor(options: GazetteerOptions = {}) {
    this.#options = options;
  }

  lookupPlace(name: string, query?: PlaceQuery): PlaceMatch | undefined {
    return this.lookupPlaces(name, query)[0];
  }

  lookupPlaces(name: string, query: PlaceQuery = {}): readonly PlaceMatch[] {
    const hint = query.country === undefined ? undefined : countryCode(query.country);
    if (query.country !== undefined && hint === undefined) return [];
    const inHint = ({ place }: Entry) => hint === undefined || place.country === hint;
    const seen = new Set<Place>();
    return this.#resolve(name)
      .filter(inHint)
      .sort(byRank)
      .filter(({ place }) => !seen.has(place) && seen.add(place))
      .map(toMatch);
  }

  countryPoint(code: string): PlaceMatch | undefined {
    const country = lookupCountry(code);
    if (country === undefined) return undefined;
    const point = countryPoints().get(country.alpha2) ?? this.capital(country.alpha2);
    if (point === undefined) return undefined;
    return {
      name: country.name,
      kind: "country",
      country: country.alpha2,
      lat: point.lat,
      lon: point.lon,
      precision: "country",
      matched: country.name,
    };
  }

  capital(code: string): PlaceMatch | undefined {
    const alpha2 = lookupCountry(code)?.alpha2;
    if (alpha2 === undefined) return undefined;
    const historical = HISTORICAL_CAPITALS[alpha2];
    if (historical !== undefined) {
      const city = this.lookupPlace(historical.name, { country: historical.country });
      return city && { ...city, kind: "capital", metonymFor: alpha2 };
    }
    const capital = placeTables().capitals.get(alpha2);
    return capital && { ...capital, matched: capital.name };
  }

  countryAt(lon: number, lat: number): string | undefined {
    return countryAt(lon, lat);
  }

  /** The territory containing the point, then its sovereign if another: `["GI", "GB"]`, `["FR"]`, `[]` at sea. */
  countriesAt(lon: number, lat: number): readonly string[] {
    return countriesAt(lon, lat);
  }

  countryOfDemonym(word: string): string | undefined {
    return countryOfDemonym(word);
  }

  /** The state a country code or name, demonym, capital or seat of government names. */
  resolveState(text: string): StateMatch | undefined {
    const matched = text.trim();
    const country = countryNamed(matched);
    if (country !== undefined) return { country, via: "country", matched };
    const demonym = countryOfDemonym(matched);
    if (demonym !== undefined) return { country: demonym, via: "demonym", matched };
    const place = this.lookupPlace(matched);
    if (place?.metonymFor === undefined) return undefined;
    return {
      country: place.metonymFor,
      via: place.kind === "capital" ? "capital" : "seat_of_government",
      matched: place.matched,
    };
  }

  /** Codes, names, demonyms, capital and representative point of a country given by code or name. */
  countryProfile(query: string): CountryProfile | undefined {
    const code = countryCode(query);
    const country = code === undefined ? undefined : lookupCountry(code);
    if (code === undefined || country === undefined) return undefined;
    const capital = this.capital(code);
    const point = this.countryPoint(code);
    return {
      country,
      demonyms: DEMONYMS[code] ?? [],
      ...(capital === undefined ? {} : { capital }),
      ...(point === undefined ? {} : { point }),
    };
  }

  lookupOrganization(name: string, query?: PlaceQuery): OrganizationEntity | undefined {
    return this.lookupOrganizations(name, query)[0];
  }

  /** Every organization the name can mean, best first; `query.country` keeps that state's only. */
  lookupOrganizations(name: string, query: PlaceQuery = {}): readonly OrganizationEntity[] {
    const country = query.country === undefined ? undefined : countryCode(query.country);
    if (query.country !== undefined && country === undefined) return [];
    return this.#organizationIndex().find(name, country);
  }

  /** Every organization this gazetteer knows, shipped ones first. */
  organizations(): readonly OrganizationEntity[] {
    return [...ORGANIZATIONS.map((record) => record.entity), ...(this.#options.organizations ?? [])];
  }

  /** Candidates for a name: as given, then as "name, qualifier", then as "<division> region". */
  #resolve(name: string): readonly Entry[] {
    const direct = this.#entries(name);
    if (direct.length > 0) return direct;
    const split = splitQualifier(name);
    if (split !== undefined) {
      const qualifies = this.#qualifier(split.qualifier);
      const qualified = this.#entries(split.name).filter(({ place }) => qualifies?.(place) ?? true);
      if (qualified.length > 0 || qualifies !== undefined) return qualified;
    }
    const division = withoutDivisionWord(normalizeName(name));
    return division === undefined ? [] : this.#entries(division).filter(({ place }) => place.kind === "admin1");
  }

  #entries(name: string): readonly Entry[] {
    const key = normalizeName(name);
    if (key === "") return [];
    const code = countryNamed(name);
    const country = code === undefined ? undefined : this.countryPoint(code);
    return [
      ...(country === undefined ? [] : [{ place: country, alias: name.trim(), weight: 0 }]),
      ...(this.#ownPlaceIndex().get(key) ?? []),
      ...(placeTables().byName.get(key) ?? []),
    ];
  }

  /** What "Texas", "TX", "England" or "Germany" after a comma allows; undefined when it names nothing known. */
  #qualifier(qualifier: string): ((place: Place) => boolean) | undefined {
    const country = countryNamed(qualifier);
    const divisions = [
      ...(placeTables().byName.get(normalizeName(qualifier)) ?? [])
        .map(({ place }) => place)
        .filter((place) => place.kind === "admin1"),
      ...(placeTables().divisionsByCode.get(normalizeName(qualifier).replace(/ /g, "")) ?? []),
    ];
    if (country === undefined && divisions.length === 0) return undefined;
    return (place) =>
      place.country === country ||
      divisions.some((division) => division.country === place.country && division.admin1 === place.admin1);
  }

  #ownPlaceIndex(): ReadonlyMap<string, readonly Entry[]> {
    if (!this.#ownPlaces) {
      this.#ownPlaces = new Map();
      for (const { aliases = [], ...place } of this.#options.places ?? []) {
        for (const alias of [place.name, ...aliases]) {
          const key = normalizeName(alias);
          this.#ownPlaces.set(key, [
            ...(this.#ownPlaces.get(key) ?? []),
            { place, alias, weight: place.population ?? 0 },
          ]);
        }
      }
    }
    return this.#ownPlaces;
  }

  #organizationIndex(): OrganizationIndex {
    this.#organizations ??= new OrganizationIndex(
      [...ORGANIZATIONS, ...(this.#options.organizations ?? []).map((entity) => ({ entity, generic: [] }))],
      (qualifier) => countryCode(qualifier) ?? countryOfDemonym(qualifier),
    );
    return this.#organizations;
  }
}

/** A gazetteer over the shipped data, plus your own places and organizations if given. */
export const createGazetteer = (options?: GazetteerOptions): TradecraftGazetteer => new TradecraftGazetteer(options);

/** The shared instance over the shipped data. Creating it costs nothing: data loads on first lookup. */
export const gazetteer: TradecraftGazetteer = createGazetteer();

/** Whether the city index or the borders have been loaded yet: importing the package loads neither. */
export const isLoaded = (part: "places" | "borders"): boolean =>
  part === "places" ? isPlacesLoaded() : isBordersLoaded();

/** Loads the city index and the borders now, for servers that want the first lookup as fast as the rest. */
export const preload = (): void => {
  placeTables();
  countryAt(0, 0);
};
