import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import whichPolygon from "which-polygon";
import { BORDERS } from "./data/borders.generated";

/** What each border polygon is labelled with: its territory's code and, for a territory, its sovereign's. */
interface BorderProperties {
  readonly c: string;
  readonly s?: string;
}

let query: ReturnType<typeof whichPolygon<BorderProperties>> | undefined;

/** True once the borders have been decoded and indexed (they are on the first point lookup). */
export const isBordersLoaded = (): boolean => query !== undefined;

const borderAt = (lon: number, lat: number): BorderProperties | undefined => {
  if (!(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return undefined;
  if (!query) {
    const topology = JSON.parse(BORDERS) as Topology<{ borders: GeometryCollection<BorderProperties> }>;
    query = whichPolygon(feature(topology, topology.objects.borders));
  }
  return query([lon, lat]) ?? undefined;
};

/**
 * The ISO 3166-1 alpha-2 code of the territory containing the point (GI for Gibraltar, PR for Puerto Rico),
 * or undefined at sea, in Bir Tawil or off the globe.
 */
export const countryAt = (lon: number, lat: number): string | undefined => borderAt(lon, lat)?.c;

/** The territory containing the point, then its sovereign state if it is another: `["PR", "US"]`, `["FR"]`. */
export const countriesAt = (lon: number, lat: number): readonly string[] => {
  const border = borderAt(lon, lat);
  if (border === undefined) return [];
  return border.s === undefined ? [border.c] : [border.c, border.s];
};
