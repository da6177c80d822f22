import { listCountries, lookupCountry } from "@tradecraft/core";
import { COUNTRY_ALIASES } from "./aliases";
import { normalizeName } from "./normalize";

let names: Map<string, string> | undefined;

/**
 * The alpha-2 code for a country code or name: core's `lookupCountry` first (ISO codes, ISO and core names),
 * then this package's keys for the spellings it misses ("St Kitts and Nevis", "Holland", "DRC").
 */
export const countryCode = (text: string): string | undefined => {
  const found = lookupCountry(text)?.alpha2;
  if (found !== undefined) return found;
  if (!names) {
    const index = new Map<string, string>();
    const entries = [
      ...listCountries().flatMap((country) => [country.name, ...country.aliases].map((name) => [name, country.alpha2])),
      ...Object.entries(COUNTRY_ALIASES).flatMap(([code, aliases]) => aliases.map((alias) => [alias, code])),
    ];
    // The first country to claim a name keeps it, as in core.
    for (const [name = "", code = ""] of entries)
      if (!index.has(normalizeName(name))) index.set(normalizeName(name), code);
    names = index;
  }
  return names.get(normalizeName(text));
};

/**
 * `countryCode` for a name met in text, where "US", "UK" and "USA" are codes but "us", "in", "it" and "no" are
 * words: a name of two or three letters counts only in capitals.
 */
export const countryNamed = (text: string): string | undefined => {
  const trimmed = text.trim();
  return /^[A-Za-z]{2,3}$/.test(trimmed) && trimmed !== trimmed.toUpperCase() ? undefined : countryCode(trimmed);
};

/**
 * Where the capital of a state that no longer exists stood, as a city of today's data: its capital is that
 * city, metonymFor the old code.
 */
export const HISTORICAL_CAPITALS: Readonly<Record<string, { readonly name: string; readonly country: string }>> = {
  SU: { name: "Moscow", country: "RU" },
  YU: { name: "Belgrade", country: "RS" },
  CS: { name: "Prague", country: "CZ" },
  DD: { name: "Berlin", country: "DE" },
  YD: { name: "Aden", country: "YE" },
  ZR: { name: "Kinshasa", country: "CD" },
  BU: { name: "Yangon", country: "MM" },
};
