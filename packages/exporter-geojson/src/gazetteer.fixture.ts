import type { Gazetteer, PlaceMatch } from "@tradecraft/core";

/**
 * A small gazetteer for tests: a dozen states with their capitals and representative points, and a few cities,
 * at their real coordinates. States it does not know (SI, AT, PL, GR, PR, IN, SU ...) let tests see what
 * happens when nothing places an event.
 */
const STATES: Record<string, { capital: [string, number, number]; point: [number, number] }> = {
  US: { capital: ["Washington", 38.9072, -77.0369], point: [39.8283, -98.5795] },
  RU: { capital: ["Moscow", 55.7558, 37.6173], point: [61.524, 105.3188] },
  GB: { capital: ["London", 51.5074, -0.1278], point: [52.3555, -1.1743] },
  FR: { capital: ["Paris", 48.8566, 2.3522], point: [46.2276, 2.2137] },
  DE: { capital: ["Berlin", 52.52, 13.405], point: [51.1657, 10.4515] },
  IT: { capital: ["Rome", 41.9028, 12.4964], point: [41.8719, 12.5674] },
  ES: { capital: ["Madrid", 40.4168, -3.7038], point: [40.4637, -3.7492] },
  UA: { capital: ["Kyiv", 50.4501, 30.5234], point: [48.3794, 31.1656] },
  TR: { capital: ["Ankara", 39.9334, 32.8597], point: [38.9637, 35.2433] },
  SA: { capital: ["Riyadh", 24.7136, 46.6753], point: [23.8859, 45.0792] },
  JP: { capital: ["Tokyo", 35.6762, 139.6503], point: [36.2048, 138.2529] },
  NZ: { capital: ["Wellington", -41.2865, 174.7762], point: [-40.9006, 174.886] },
};

const CITIES: [name: string, country: string, lat: number, lon: number][] = [
  ["Istanbul", "TR", 41.0082, 28.9784],
  ["Seattle", "US", 47.6062, -122.3321],
  ["Paris", "US", 33.6609, -95.5555],
  ["Saint Petersburg", "RU", 59.9311, 30.3609],
  ["Villajoyosa", "ES", 38.5075, -0.2333],
  ["Barcelona", "ES", 41.3874, 2.1686],
  ["東京", "JP", 35.6762, 139.6503],
];

const capitalMatch = (code: string): PlaceMatch | undefined => {
  const state = STATES[code];
  if (state === undefined) return undefined;
  const [name, lat, lon] = state.capital;
  return { name, kind: "capital", country: code, lat, lon, precision: "city", matched: name };
};

const cityMatches = (): PlaceMatch[] => [
  ...Object.keys(STATES).flatMap((code) => capitalMatch(code) ?? []),
  ...CITIES.map(([name, country, lat, lon]) => ({
    name,
    kind: "city" as const,
    country,
    lat,
    lon,
    precision: "city" as const,
    matched: name,
  })),
];

export const fakeGazetteer: Gazetteer = {
  lookupPlaces(name, query) {
    const wanted = name.toLowerCase();
    return cityMatches().filter(
      (match) =>
        match.name.toLowerCase() === wanted && (query?.country === undefined || match.country === query.country),
    );
  },
  lookupPlace(name, query) {
    return this.lookupPlaces(name, query)[0];
  },
  countryPoint(code) {
    const state = STATES[code];
    if (state === undefined) return undefined;
    const [lat, lon] = state.point;
    return { name: code, kind: "country", country: code, lat, lon, precision: "country", matched: code };
  },
  capital: capitalMatch,
  countryAt: () => undefined,
  countryOfDemonym: () => undefined,
  lookupOrganization: () => undefined,
};
