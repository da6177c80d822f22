import type { z } from "zod";
import type { GeoPrecisionSchema } from "./model/common";
import type { OrganizationEntity } from "./model/entities";

/**
 * The gazetteer contract: how parsers, validators and exporters turn names into places and points into
 * countries without depending on a gazetteer package. `@tradecraft/gazetteer` implements it; the CLI and apps
 * pass an instance in (option `gazetteer`), and a test can pass a small fake.
 */

export type GeoPrecision = z.infer<typeof GeoPrecisionSchema>;

/** A place a name resolved to, with the precision its point stands for. */
export interface PlaceMatch {
  /** The place's own name ("Villajoyosa"). */
  readonly name: string;
  /** What kind of place matched. */
  readonly kind: "city" | "admin1" | "country" | "capital" | "seat_of_government";
  /** ISO 3166 alpha-2 of the country it lies in. */
  readonly country: string;
  readonly admin1?: string;
  readonly lat: number;
  readonly lon: number;
  /** `country` for a country's representative point, `city` for a city's, `exact` for a building. */
  readonly precision: GeoPrecision;
  /** The alias that matched ("Kiev" for Kyiv). */
  readonly matched: string;
  readonly population?: number;
  readonly geonameId?: number;
  /** Set when the name stands for a state's government ("Moscow announced", "the Kremlin"): that state's code. */
  readonly metonymFor?: string;
}

export interface PlaceQuery {
  /** A country (code or name) the place is expected in: "Paris" with US finds Paris, Texas. */
  readonly country?: string;
}

export interface Gazetteer {
  /** The most likely place for a name, or undefined. */
  lookupPlace(name: string, query?: PlaceQuery): PlaceMatch | undefined;
  /** Every candidate for a name, most likely first. */
  lookupPlaces(name: string, query?: PlaceQuery): readonly PlaceMatch[];
  /** A country's representative point (inside its territory), by alpha-2 code. */
  countryPoint(code: string): PlaceMatch | undefined;
  /** A country's capital, by alpha-2 code. */
  capital(code: string): PlaceMatch | undefined;
  /** The country whose boundary contains the point, or undefined at sea. */
  countryAt(lon: number, lat: number): string | undefined;
  /** The state a demonym or adjective names ("Polish" -> PL, "Soviet" -> SU). */
  countryOfDemonym(word: string): string | undefined;
  /** An intelligence, security or foreign service or ministry by name or abbreviation ("FSB", "MI6"). */
  lookupOrganization(name: string): OrganizationEntity | undefined;
}
