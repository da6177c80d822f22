import type { LonLat } from "./coordinates";

/** A LineString or MultiLineString whose positions are longitude-latitude pairs. */
export type Line =
  | { readonly type: "LineString"; readonly coordinates: LonLat[] }
  | { readonly type: "MultiLineString"; readonly coordinates: LonLat[][] };

/** ±180 and -180 are one meridian: take the sign that puts a point on the side of the other end. */
const facing = (lon: number, other: number) => (Math.abs(lon) === 180 ? (other < 0 ? -180 : 180) : lon);

/**
 * A straight line (in longitude and latitude) from one point to another, going the short way round in longitude.
 * When the short way crosses the antimeridian the line is cut there into a MultiLineString whose parts meet at
 * ±180 (RFC 7946 §3.1.9), so that no client draws it across the whole map. The latitude at the cut is
 * interpolated linearly along the line; ties (exactly 180° apart) go without crossing.
 */
export const shortWayLine = (from: LonLat, to: LonLat): Line => {
  const start: LonLat = [facing(from[0], to[0]), from[1]];
  const end: LonLat = [facing(to[0], from[0]), to[1]];
  const eastward = end[0] - start[0];
  if (Math.abs(eastward) <= 180) return { type: "LineString", coordinates: [start, end] };
  // The short way leaves through the edge opposite to the long way's direction.
  const edge = eastward > 0 ? -180 : 180;
  const unwrappedEnd = end[0] - Math.sign(eastward) * 360;
  const share = (edge - start[0]) / (unwrappedEnd - start[0]);
  const latitude = start[1] + share * (end[1] - start[1]);
  return {
    type: "MultiLineString",
    coordinates: [
      [start, [edge, latitude]],
      [[-edge, latitude], end],
    ],
  };
};
