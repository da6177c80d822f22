// A small fake of core's Gazetteer contract for tests and benchmarks: a dozen countries drawn as simplified
// outlines (a few dozen vertices each, accurate to tens of kilometres), their representative points and
// capitals, and the cities the generators use. Point in polygon is the even-odd ray test: enough for outlines
// this coarse, and no dependency for code that only exists to test the validators.

/** Outlines as [lon, lat] rings; neighbours share their border vertices. */
// biome-ignore format: outlines read best as rows of vertices
const COUNTRIES = {
  FR: {
    name: "France",
    point: [2.5, 46.6],
    capital: ["Paris", 2.3522, 48.8566],
    outline: [
      [-1.8, 43.4], [-0.7, 42.9], [0.7, 42.8], [1.7, 42.5], [3.2, 42.4], [3.0, 43.2], [4.8, 43.3], [6.0, 43.0],
      [7.5, 43.8], [7.0, 45.9], [6.1, 46.2], [7.6, 47.6], [8.2, 49.0], [6.4, 49.5], [4.2, 49.9], [2.5, 51.1],
      [1.6, 50.2], [0.2, 49.5], [-1.3, 49.7], [-1.9, 48.6], [-4.8, 48.4], [-2.2, 47.2], [-1.2, 46.2], [-1.3, 44.5],
    ],
  },
  ES: {
    name: "Spain",
    point: [-3.6, 40.2],
    capital: ["Madrid", -3.7038, 40.4168],
    outline: [
      [-1.8, 43.4], [-3.8, 43.5], [-8.0, 43.7], [-9.3, 43.1], [-8.9, 42.1], [-8.2, 42.0], [-6.5, 41.9], [-6.9, 41.0],
      [-7.0, 39.7], [-7.0, 38.9], [-7.4, 37.2], [-6.3, 36.8], [-5.6, 36.0], [-4.4, 36.7], [-2.1, 36.7], [-0.7, 37.6],
      [0.2, 38.7], [-0.3, 39.5], [0.9, 41.0], [3.2, 41.9], [3.2, 42.4], [1.7, 42.5], [0.7, 42.8], [-0.7, 42.9],
    ],
  },
  GB: {
    name: "United Kingdom",
    point: [-1.9, 52.8],
    capital: ["London", -0.1278, 51.5074],
    outline: [
      [-5.7, 50.0], [-3.0, 50.6], [1.4, 51.2], [1.7, 52.7], [0.3, 53.5], [-0.1, 54.5], [-1.6, 55.6], [-2.1, 57.1],
      [-1.8, 57.6], [-3.0, 58.6], [-5.0, 58.6], [-6.2, 57.5], [-5.6, 56.3], [-4.9, 55.0], [-3.2, 54.9], [-3.0, 53.4],
      [-4.7, 53.3], [-4.2, 52.3], [-5.3, 51.8], [-3.2, 51.4], [-4.2, 51.1],
    ],
  },
  DE: {
    name: "Germany",
    point: [10.4, 51.1],
    capital: ["Berlin", 13.405, 52.52],
    outline: [
      [6.1, 50.8], [6.4, 49.5], [8.2, 49.0], [7.6, 47.6], [9.6, 47.5], [13.0, 47.5], [13.8, 48.6], [12.1, 50.3],
      [14.8, 50.9], [15.0, 51.1], [14.7, 52.1], [14.6, 52.6], [14.4, 53.3], [14.2, 53.9], [12.0, 54.2], [10.9, 54.4],
      [10.0, 54.8], [8.6, 54.9], [8.5, 53.6], [7.0, 53.5], [7.2, 52.9], [6.0, 51.8],
    ],
  },
  PL: {
    name: "Poland",
    point: [19.4, 52.1],
    capital: ["Warsaw", 21.0122, 52.2297],
    outline: [
      [14.2, 53.9], [14.4, 53.3], [14.6, 52.6], [14.7, 52.1], [15.0, 51.1], [14.8, 50.9], [16.3, 50.7], [16.9, 50.2],
      [18.0, 50.0], [18.8, 49.5], [19.0, 49.4], [22.6, 49.1], [24.0, 50.8], [23.6, 51.5], [23.9, 52.7], [23.5, 53.9],
      [22.8, 54.4], [19.6, 54.4], [18.6, 54.7], [16.0, 54.3],
    ],
  },
  CZ: {
    name: "Czechia",
    point: [15.3, 49.8],
    capital: ["Prague", 14.4378, 50.0755],
    outline: [
      [12.1, 50.3], [14.8, 50.9], [16.3, 50.7], [16.9, 50.2], [18.0, 50.0], [18.8, 49.5], [16.9, 48.6], [15.0, 48.9],
      [13.8, 48.6],
    ],
  },
  UA: {
    name: "Ukraine",
    point: [31.2, 49.0],
    capital: ["Kyiv", 30.5234, 50.4501],
    outline: [
      [22.1, 48.4], [22.6, 49.1], [24.0, 50.8], [23.6, 51.5], [25.0, 51.9], [30.6, 51.3], [31.8, 52.1], [33.8, 52.3],
      [34.4, 51.3], [35.4, 50.6], [38.0, 50.0], [40.0, 49.6], [40.1, 48.8], [38.2, 47.1], [35.0, 46.3], [36.5, 45.3],
      [33.4, 44.4], [32.5, 45.4], [30.7, 46.5], [29.7, 45.4], [28.2, 45.5], [30.0, 46.4], [29.1, 47.9], [26.6, 48.3],
      [24.9, 47.7], [22.9, 47.9],
    ],
  },
  EE: {
    name: "Estonia",
    point: [25.5, 58.7],
    capital: ["Tallinn", 24.7536, 59.437],
    outline: [
      [23.4, 59.3], [24.8, 59.6], [28.0, 59.4], [27.4, 57.7], [26.0, 57.8], [25.0, 58.0], [23.5, 58.0], [23.4, 58.8],
    ],
  },
  RU: {
    name: "Russia",
    point: [96.7, 61.9],
    capital: ["Moscow", 37.6173, 55.7558],
    outline: [
      [28.0, 59.4], [28.0, 60.6], [29.5, 61.5], [31.5, 62.9], [30.0, 64.0], [29.5, 66.0], [30.0, 67.7], [29.0, 69.0],
      [30.8, 69.8], [40.0, 67.5], [44.0, 68.5], [60.0, 69.0], [70.0, 73.0], [100.0, 77.0], [140.0, 72.0], [179.9, 69.0],
      [179.9, 65.0], [163.0, 60.0], [156.0, 51.0], [142.0, 46.0], [132.0, 43.0], [130.5, 42.5], [135.0, 48.4], [120.0, 53.0],
      [98.0, 50.0], [87.0, 49.0], [80.0, 51.0], [69.0, 55.0], [61.0, 51.0], [55.0, 50.5], [47.0, 50.0], [47.5, 45.5],
      [47.0, 42.0], [46.5, 41.8], [40.0, 43.5], [39.7, 43.6], [36.6, 45.2], [38.2, 46.3], [38.2, 47.1], [40.1, 48.8],
      [40.0, 49.6], [38.0, 50.0], [35.4, 50.6], [34.4, 51.3], [33.8, 52.3], [31.8, 52.1], [31.8, 54.0], [30.8, 55.6],
      [28.2, 56.1], [27.4, 57.7],
    ],
  },
  US: {
    name: "United States",
    point: [-98.6, 39.8],
    capital: ["Washington", -77.0369, 38.9072],
    outline: [
      [-124.7, 48.4], [-123.0, 49.0], [-95.2, 49.0], [-89.6, 48.0], [-84.5, 46.5], [-82.4, 45.0], [-82.5, 42.0], [-79.0, 43.3],
      [-76.5, 44.2], [-75.0, 45.0], [-71.5, 45.0], [-69.2, 47.4], [-67.8, 47.1], [-67.0, 44.8], [-70.0, 43.7], [-70.6, 41.5],
      [-74.0, 40.5], [-75.5, 35.2], [-81.2, 31.0], [-80.0, 26.5], [-80.4, 25.1], [-81.8, 24.5], [-82.7, 27.9], [-84.0, 30.0],
      [-89.0, 30.2], [-94.0, 29.6], [-97.4, 26.0], [-99.5, 27.5], [-101.4, 29.8], [-104.7, 29.7], [-106.5, 31.8], [-108.2, 31.3],
      [-111.0, 31.3], [-114.8, 32.5], [-117.1, 32.5], [-118.5, 34.0], [-120.6, 34.6], [-122.5, 37.5], [-124.2, 40.4], [-124.5, 42.8],
      [-124.0, 46.3],
    ],
  },
  TR: {
    name: "Turkey",
    point: [35.2, 39.1],
    capital: ["Ankara", 32.8597, 39.9334],
    outline: [
      [26.0, 40.6], [26.0, 41.7], [28.0, 42.0], [29.2, 41.25], [31.0, 41.1], [35.0, 42.0], [38.0, 41.0], [41.5, 41.5],
      [43.5, 41.1], [44.8, 39.7], [44.3, 37.1], [42.0, 37.2], [38.0, 36.8], [36.2, 35.8], [35.9, 36.9], [32.5, 36.1],
      [30.6, 36.7], [29.0, 36.6], [27.3, 37.0], [26.3, 38.3], [26.2, 39.5],
    ],
  },
  SA: {
    name: "Saudi Arabia",
    point: [44.5, 23.9],
    capital: ["Riyadh", 46.6753, 24.7136],
    outline: [
      [36.5, 29.5], [34.6, 28.1], [39.2, 21.5], [42.8, 16.4], [44.0, 17.4], [47.0, 16.9], [52.0, 19.0], [55.6, 22.7],
      [51.6, 24.3], [50.8, 24.7], [50.1, 26.2], [48.4, 28.5], [46.5, 29.1], [44.7, 29.2], [42.1, 31.1], [39.2, 32.2],
      [37.0, 31.5], [38.0, 30.0],
    ],
  },
  // A city-state: its capital is its representative point.
  SG: {
    name: "Singapore",
    point: [103.82, 1.352],
    capital: ["Singapore", 103.82, 1.352],
    outline: [
      [103.6, 1.2], [104.05, 1.2], [104.05, 1.47], [103.6, 1.47],
    ],
  },
};

/** Cities well inside their countries (and away from the countries' representative points). */
export const CITIES = [
  ["Moscow", "RU", 55.7558, 37.6173],
  ["Saint Petersburg", "RU", 59.9311, 30.3609],
  ["Washington", "US", 38.9072, -77.0369],
  ["Seattle", "US", 47.6062, -122.3321],
  ["London", "GB", 51.5074, -0.1278],
  ["Paris", "FR", 48.8566, 2.3522],
  ["Berlin", "DE", 52.52, 13.405],
  ["Warsaw", "PL", 52.2297, 21.0122],
  ["Kyiv", "UA", 50.4501, 30.5234],
  ["Prague", "CZ", 50.0755, 14.4378],
  ["Tallinn", "EE", 59.437, 24.7536],
  ["Villajoyosa", "ES", 38.5075, -0.2333],
  ["Madrid", "ES", 40.4168, -3.7038],
  ["Istanbul", "TR", 41.0082, 28.9784],
  ["Riyadh", "SA", 24.7136, 46.6753],
];

/** Each outline's bounding box, so most countries are ruled out by four comparisons. */
const BOXES = Object.entries(COUNTRIES).map(([code, { outline }]) => {
  const lons = outline.map(([lon]) => lon);
  const lats = outline.map(([, lat]) => lat);
  return {
    code,
    outline,
    west: Math.min(...lons),
    east: Math.max(...lons),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
});

const inRing = (ring, lon, lat) => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

const match = (code, name, kind, lon, lat, precision) => ({
  name,
  kind,
  country: code,
  lat,
  lon,
  precision,
  matched: name,
});

/** The fake gazetteer; every lookup a rule can make, answered from the tables above. */
export const fakeGazetteer = {
  countryAt(lon, lat) {
    for (const { code, outline, west, east, south, north } of BOXES) {
      if (lon >= west && lon <= east && lat >= south && lat <= north && inRing(outline, lon, lat)) return code;
    }
    return undefined;
  },
  countryPoint(code) {
    const country = COUNTRIES[code];
    return country && match(code, country.name, "country", country.point[0], country.point[1], "country");
  },
  capital(code) {
    const country = COUNTRIES[code];
    if (!country) return undefined;
    const [name, lon, lat] = country.capital;
    return match(code, name, "capital", lon, lat, "city");
  },
  lookupPlaces(name, query = {}) {
    const wanted = name.toLowerCase();
    return CITIES.filter(
      ([city, code]) => city.toLowerCase() === wanted && (!query.country || query.country === code),
    ).map(([city, code, lat, lon]) => match(code, city, "city", lon, lat, "city"));
  },
  lookupPlace(name, query) {
    return this.lookupPlaces(name, query)[0];
  },
  countryOfDemonym() {
    return undefined;
  },
  lookupOrganization() {
    return undefined;
  },
};
