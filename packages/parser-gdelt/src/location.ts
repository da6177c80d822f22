import type { GeoPrecision } from "@tradecraft/core";
import type { GdeltColumn } from "./columns";
import { fipsCountry } from "./fips";
import type { Location } from "./model";
import type { GdeltRow } from "./row";

/** GDELT's three place blocks: where the action happened, and where each actor was. */
export type GeoBlock = "ActionGeo" | "Actor1Geo" | "Actor2Geo";

/**
 * What each Geo_Type's point stands for. Types 1 (country), 2 (US state) and 5 (state elsewhere) carry the
 * centroid of the country or state, so their precision says so; 3 (US city) and 4 (world city) a city's point.
 * None is ever `exact`.
 */
export const GEO_TYPE_PRECISION: Readonly<Record<1 | 2 | 3 | 4 | 5, GeoPrecision>> = {
  1: "country",
  2: "admin1",
  3: "city",
  4: "city",
  5: "admin1",
};

/** A place read from one block, with the block's raw codes for `ext.gdelt` (keyed by GDELT's column names). */
export interface GdeltPlace {
  readonly location: Location;
  readonly ext: Partial<Record<GdeltColumn, string | number>>;
}

const column = (block: GeoBlock, field: string) => `${block}_${field}` as GdeltColumn;

/**
 * Reads one place block: no place for Geo_Type 0 or empty (the historical files also write 0 coordinates
 * there), a problem for an unknown type, an unknown FIPS code or coordinates out of range. The FIPS country
 * becomes ISO; FullName's parts give the city and the state; (0, 0) is never taken for a point.
 */
export const readPlace = (row: GdeltRow, block: GeoBlock): GdeltPlace | undefined => {
  const typeText = row.text(column(block, "Type"));
  if (typeText === "" || typeText === "0") return undefined;
  const type = row.integer(column(block, "Type"), { min: 1, max: 5, code: "TC_GDELT_BAD_GEO" }) as
    | 1
    | 2
    | 3
    | 4
    | 5
    | undefined;
  const fips = row.text(column(block, "CountryCode"));
  const country = fips === "" ? undefined : fipsCountry(fips);
  if (fips !== "" && country === undefined) {
    row.problem("TC_GDELT_UNKNOWN_FIPS", column(block, "CountryCode"), `'${fips}' is not a FIPS 10-4 country code`);
  }
  const lat = row.decimal(column(block, "Lat"), { min: -90, max: 90, code: "TC_GDELT_BAD_GEO" });
  const lon = row.decimal(column(block, "Long"), { min: -180, max: 180, code: "TC_GDELT_BAD_GEO" });
  if (type === undefined) return undefined;

  const fullName = row.text(column(block, "FullName"));
  const parts = fullName.split(",").map((part) => part.trim());
  const precision = GEO_TYPE_PRECISION[type];
  const [first, second] = parts;
  const city = precision === "city" && first ? first : undefined;
  const admin1 = precision === "admin1" ? first : precision === "city" && parts.length >= 3 ? second : undefined;
  // The historical files write 0 where there is no feature.
  const featureId = row.text(column(block, "FeatureID")).replace(/^0$/, "");
  const located = lat !== undefined && lon !== undefined && !(lat === 0 && lon === 0);
  const location: Location = {
    ...(fullName === "" ? {} : { name: fullName }),
    ...(city ? { city } : {}),
    ...(admin1 ? { admin1 } : {}),
    ...(country?.iso2 === undefined ? {} : { country: country.iso2 }),
    ...(located ? { lat, lon } : {}),
    precision,
    ...(featureId === "" ? {} : { featureId }),
  };
  const ext: GdeltPlace["ext"] = { [column(block, "Type")]: type };
  for (const field of ["CountryCode", "ADM1Code", "ADM2Code"]) {
    const value = row.text(column(block, field));
    if (value !== "") ext[column(block, field)] = value;
  }
  return { location, ext };
};
