import { FIPS_COUNTRIES } from "./tables/fips-countries";

/**
 * FIPS 10-4 country codes, which GDELT writes in every `*Geo_CountryCode` column: they look like ISO 3166
 * alpha-2 codes and often mean another country (GM is Germany, not Gambia; AU Austria, not Australia; AS
 * Australia, not American Samoa; CH China, not Switzerland; UK is no ISO code at all).
 */
export interface FipsCountry {
  readonly fips: string;
  /** The ISO 3166 alpha-2 code, absent for places ISO does not list (Spratly Islands, Oceans, No Man's Land). */
  readonly iso2?: string;
  readonly name: string;
}

/** The country a FIPS 10-4 code stands for, or undefined when the code is not FIPS 10-4. */
export const fipsCountry = (fips: string): FipsCountry | undefined => {
  const entry = Object.hasOwn(FIPS_COUNTRIES, fips) ? FIPS_COUNTRIES[fips] : undefined;
  if (entry === undefined) return undefined;
  const [iso2, name] = entry;
  return iso2 === null ? { fips, name } : { fips, iso2, name };
};

/** The ISO 3166 alpha-2 code of a FIPS 10-4 code (`GM` -> `DE`), or undefined. */
export const fipsToIso = (fips: string): string | undefined => fipsCountry(fips)?.iso2;
