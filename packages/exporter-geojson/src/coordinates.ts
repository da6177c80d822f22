import type { BBox, LineString, MultiLineString, Point, Position } from "geojson";

/** A WGS 84 position in GeoJSON order: longitude first, then latitude (RFC 7946 §3.1.1). */
export type LonLat = [lon: number, lat: number];

/** The position of a longitude and latitude, when both are finite numbers inside WGS 84's ranges. */
export const toLonLat = (lon: unknown, lat: unknown): LonLat | undefined =>
  typeof lon === "number" && typeof lat === "number" && Math.abs(lon) <= 180 && Math.abs(lat) <= 90
    ? [lon, lat]
    : undefined;

/** Rounds to a number of decimals, half away from zero so that a point and its mirror image round alike. */
export const rounder = (decimals: number) => {
  const factor = 10 ** decimals;
  return (value: number): number => (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
};

/** The geometries this exporter writes: points for events, lines for flows. */
export type EventGeometry = Point | LineString | MultiLineString;

const positionsOf = (geometry: EventGeometry): Position[] => {
  switch (geometry.type) {
    case "Point":
      return [geometry.coordinates];
    case "LineString":
      return geometry.coordinates;
    case "MultiLineString":
      return geometry.coordinates.flat();
  }
};

/**
 * The bounding box of everything written so far, kept in constant memory. It spans the smallest and largest
 * longitudes, so it never wraps over the antimeridian (RFC 7946 §5.2 allows a wrapping box; finding the
 * tightest one needs every longitude at once). Lines that cross the antimeridian are already cut at ±180.
 */
export class Bounds {
  #west = Number.POSITIVE_INFINITY;
  #south = Number.POSITIVE_INFINITY;
  #east = Number.NEGATIVE_INFINITY;
  #north = Number.NEGATIVE_INFINITY;

  extend(geometry: EventGeometry | null): void {
    if (geometry === null) return;
    for (const [lon, lat] of positionsOf(geometry) as LonLat[]) {
      this.#west = Math.min(this.#west, lon);
      this.#east = Math.max(this.#east, lon);
      this.#south = Math.min(this.#south, lat);
      this.#north = Math.max(this.#north, lat);
    }
  }

  /** `[west, south, east, north]`, or undefined when no geometry was seen. */
  get box(): BBox | undefined {
    return this.#west <= this.#east ? [this.#west, this.#south, this.#east, this.#north] : undefined;
  }
}

/** A position with both coordinates rounded. */
export const roundPosition = (round: (value: number) => number, [lon, lat]: LonLat): LonLat => [round(lon), round(lat)];
