import { lookupCountry } from "@tradecraft/core";
import { CAMEO_COUNTRIES } from "./tables/cameo-countries";
import { CAMEO_EVENT_CODES } from "./tables/cameo-event-codes";

/** CAMEO event codes: two-digit roots, three-digit base codes, four-digit subcodes; always strings (`042`). */
export const CAMEO_CODE_PATTERN = /^\d{2,4}$/;

const EVENT_LABELS: ReadonlyMap<string, string> = new Map(CAMEO_EVENT_CODES);

/** The label of a CAMEO event code (`174` -> "Expel or deport individuals"), or undefined for an unknown code. */
export const cameoLabel = (code: string): string | undefined => EVENT_LABELS.get(code);

/** True for a code in GDELT's CAMEO list. */
export const isCameoCode = (code: string): boolean => EVENT_LABELS.has(code);

/**
 * CAMEO country codes that are not ISO alpha-3 but name an ISO country: CAMEO kept older or own codes for them.
 * Gaza and the West Bank both lie in ISO's PS.
 */
export const CAMEO_ISO_ALIASES: Readonly<Record<string, string>> = {
  GZS: "PS",
  IMY: "IM",
  MTN: "ME",
  ROM: "RO",
  TMP: "TL",
  WSB: "PS",
};

const COUNTRY_LABELS: ReadonlyMap<string, string> = new Map(CAMEO_COUNTRIES);

/** The label of a CAMEO actor country code (`EUR` -> "Europe"), or undefined. */
export const cameoCountryLabel = (code: string): string | undefined => COUNTRY_LABELS.get(code);

const resolved = new Map<string, string | null>();

/**
 * The ISO 3166 alpha-2 code a CAMEO actor country code stands for (`RUS` -> `RU`), or undefined for CAMEO's
 * regions and other specials (`EUR`, `WST`, `AFR`, `BAG` ...) and for codes no list knows. Only exact alpha-3
 * matches count, so a code is never read as a country's name.
 */
export const cameoCountryToIso = (code: string): string | undefined => {
  let iso = resolved.get(code);
  if (iso === undefined) {
    const country = /^[A-Z]{3}$/.test(code) ? lookupCountry(code) : undefined;
    iso = CAMEO_ISO_ALIASES[code] ?? (country?.alpha3 === code ? country.alpha2 : null);
    // The cache is bounded by the codes seen, which a corrupt file could make many: cache only the listed ones.
    if (COUNTRY_LABELS.has(code)) resolved.set(code, iso);
  }
  return iso ?? undefined;
};
