// Synthetic but realistic events, generated lazily and deterministically (same seed, same events), so that a
// benchmark can stream a million of them without holding them in memory.

const TYPES = [
  "expulsion",
  "expulsion",
  "expulsion",
  "mission_closure",
  "arrest",
  "charge",
  "defection",
  "talks",
  "exposure",
  "poisoning",
  "sabotage",
  "presence",
];
const STATES = [
  "RU",
  "US",
  "GB",
  "FR",
  "DE",
  "PL",
  "UA",
  "CZ",
  "EE",
  "LT",
  "LV",
  "SE",
  "NO",
  "NL",
  "BE",
  "IT",
  "ES",
  "AT",
  "CN",
  "IR",
];
const CITIES = [
  ["Moscow", "RU", 55.7558, 37.6173],
  ["Washington", "US", 38.9072, -77.0369],
  ["London", "GB", 51.5074, -0.1278],
  ["Paris", "FR", 48.8566, 2.3522],
  ["Berlin", "DE", 52.52, 13.405],
  ["Warsaw", "PL", 52.2297, 21.0122],
  ["Kyiv", "UA", 50.4501, 30.5234],
  ["Prague", "CZ", 50.0755, 14.4378],
  ["Tallinn", "EE", 59.437, 24.7536],
  ["Seattle", "US", 47.6062, -122.3321],
  ["Saint Petersburg", "RU", 59.9311, 30.3609],
  ["Villajoyosa", "ES", 38.5075, -0.2333],
];
const PUBLISHERS = ["Example Wire", "Daily Example", "Example Times", "Северный вестник", "Le Monde exemple"];

/** A small, fast, seedable PRNG (mulberry32). */
export const random = (seed) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const pad = (n) => String(n).padStart(2, "0");

/** Yields `count` core events. */
export function* generateEvents(count, seed = 42) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < count; i++) {
    const type = pick(TYPES);
    const initiator = pick(STATES);
    let target = pick(STATES);
    if (target === initiator) target = initiator === "RU" ? "US" : "RU";
    const year = 1990 + Math.floor(next() * 35);
    const precision = next();
    const date =
      precision < 0.2
        ? `${year}`
        : precision < 0.5
          ? `${year}-${pad(1 + Math.floor(next() * 12))}`
          : `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    const [city, country, lat, lon] = pick(CITIES);
    const placed = next() < 0.7;
    const event = {
      id: `evt-${i}`,
      type,
      date,
      initiator,
      target,
      ...(type === "talks" || type === "poisoning" ? {} : { count: 1 + Math.floor(next() * 60) }),
      location: placed ? { city, country, lat, lon, precision: "city" } : { country: initiator },
      summary: `${initiator} and ${target}: a ${type.replace(/_/g, " ")} reported in ${city}, "quoted", with; separators`,
      sources: [{ publisher: pick(PUBLISHERS), title: `Report ${i}`, url: `https://example.org/news/${i}` }],
      attribution: { status: next() < 0.8 ? "reported" : "alleged" },
      confidence: Math.round(next() * 100) / 100,
      tags: ["synthetic"],
    };
    if (type === "expulsion") event.personaNonGrata = next() < 0.5;
    if (i > 0 && next() < 0.1) event.relations = [{ kind: "retaliation_for", event: `evt-${i - 1}` }];
    yield event;
  }
}
