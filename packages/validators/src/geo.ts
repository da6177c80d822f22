/**
 * Great-circle geometry on a spherical Earth. A few lines of our own rather than a dependency: the rules need
 * only a distance and a point at a distance, and a sphere is accurate to 0.5% — far below what city-level
 * coordinates mean.
 */

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** The haversine distance between two points, in kilometres. */
export const distanceKm = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
};

/** The point `km` away from a start on a bearing (degrees clockwise from north), longitude wrapped to ±180. */
export const destination = (lat: number, lon: number, km: number, bearing: number): { lat: number; lon: number } => {
  const angle = km / EARTH_RADIUS_KM;
  const [phi1, lambda1, theta] = [toRadians(lat), toRadians(lon), toRadians(bearing)];
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(angle) + Math.cos(phi1) * Math.sin(angle) * Math.cos(theta));
  const lambda2 =
    lambda1 +
    Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(phi1), Math.cos(angle) - Math.sin(phi1) * Math.sin(phi2));
  return { lat: toDegrees(phi2), lon: ((toDegrees(lambda2) + 540) % 360) - 180 };
};

/** 0,0 in the Gulf of Guinea: where a missing coordinate written as zero lands. */
export const isNullIsland = (lat: number, lon: number): boolean => Math.abs(lat) < 1e-4 && Math.abs(lon) < 1e-4;
