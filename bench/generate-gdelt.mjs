// Synthetic but realistic GDELT 2.0 event rows (61 tab-separated columns), generated lazily and deterministically,
// so a benchmark can write a million of them to disk without holding them. The mix of CAMEO codes, actors and
// place types follows the complete 15-minute export in the shared samples (20191024143000), where about one row
// in twelve becomes an event (here about one in nine); most of the rest are statements, appeals and fighting.
import { random } from "./generate-events.mjs";

/** CAMEO codes with their share per mille of the real file's rows (the rest spread over the other codes). */
const CODES = [
  ["010", 76],
  ["042", 68],
  ["043", 61],
  ["036", 54],
  ["190", 50],
  ["040", 49],
  ["051", 45],
  ["020", 45],
  ["173", 34],
  ["046", 28],
  ["193", 25],
  ["112", 23],
  ["111", 23],
  ["080", 22],
  ["090", 21],
  ["057", 20],
  ["120", 19],
  ["012", 19],
  ["013", 18],
  ["110", 14],
  ["030", 13],
  ["060", 12],
  ["070", 11],
  ["071", 11],
  ["141", 10],
  ["0874", 10],
  ["050", 10],
  ["180", 9],
  ["160", 9],
  ["045", 9],
  ["114", 6],
  ["172", 5],
  ["0841", 5],
  ["044", 3],
  ["163", 2],
  ["075", 2],
  ["186", 2],
  ["1712", 1],
  ["1711", 1],
  ["174", 1],
  ["1125", 1],
  ["166", 1],
  ["161", 1],
  ["185", 1],
  ["116", 1],
];
const QUAD = {
  "01": 1,
  "02": 1,
  "03": 1,
  "04": 1,
  "05": 1,
  "06": 2,
  "07": 2,
  "08": 2,
  "09": 3,
  10: 3,
  11: 3,
  12: 3,
  13: 3,
  14: 3,
};
const GOLDSTEIN = {
  "01": "0.0",
  "04": "1.0",
  "05": "3.5",
  "08": "5.0",
  11: "-2.0",
  16: "-4.0",
  17: "-5.0",
  18: "-9.0",
  19: "-10.0",
};

/** Actors as CAMEO codes them: [code, name, country, type1]; empty, bare states, organs, people, specials. */
const ACTORS = [
  ["", "", "", ""],
  ["", "", "", ""],
  ["USA", "UNITED STATES", "USA", ""],
  ["USAGOV", "WASHINGTON", "USA", "GOV"],
  ["RUS", "RUSSIA", "RUS", ""],
  ["RUSGOV", "KREMLIN", "RUS", "GOV"],
  ["RUSSPY", "RUSSIAN INTELLIGENCE", "RUS", "SPY"],
  ["GBR", "UNITED KINGDOM", "GBR", ""],
  ["DEU", "GERMANY", "DEU", ""],
  ["CHN", "CHINA", "CHN", ""],
  ["CHNGOV", "BEIJING", "CHN", "GOV"],
  ["AUS", "AUSTRALIA", "AUS", ""],
  ["AUT", "AUSTRIA", "AUT", ""],
  ["CHE", "SWITZERLAND", "CHE", ""],
  ["GMB", "GAMBIA", "GMB", ""],
  ["IRN", "IRAN", "IRN", ""],
  ["UKRMIL", "UKRAINIAN ARMY", "UKR", "MIL"],
  ["COP", "POLICE", "", "COP"],
  ["GOV", "GOVERNMENT", "", "GOV"],
  ["CVL", "CITIZEN", "", "CVL"],
  ["IGOEUREEC", "EUROPEAN UNION", "EUR", "IGO"],
  ["MED", "JOURNALIST", "", "MED"],
];

/** Places as GDELT codes them: [type, full name, FIPS, ADM1, lat, long, feature id]. */
const PLACES = [
  [1, "United States", "US", "US", "39.828175", "-98.5795", "US"],
  [1, "Russia", "RS", "RS", "60", "100", "RS"],
  [1, "Germany", "GM", "GM", "51.5", "10.5", "GM"],
  [1, "Austria", "AU", "AU", "47.3333", "13.3333", "AU"],
  [1, "Australia", "AS", "AS", "-25", "135", "AS"],
  [1, "China", "CH", "CH", "35", "105", "CH"],
  [2, "Texas, United States", "US", "USTX", "31.106", "-97.6475", "TX"],
  [3, "Seattle, Washington, United States", "US", "USWA", "47.6062", "-122.332", "1512650"],
  [4, "Moscow, Moskva, Russia", "RS", "RS48", "55.7522", "37.6156", "-2960561"],
  [4, "London, London, City of, United Kingdom", "UK", "UKH9", "51.5", "-0.116667", "-2601889"],
  [4, "Beijing, Beijing, China", "CH", "CH22", "39.9289", "116.388", "-1898541"],
  [4, "Vienna, Wien, Austria", "AU", "AU09", "48.2", "16.3667", "-1995499"],
  [4, "Canberra, Australian Capital Territory, Australia", "AS", "AS01", "-35.2833", "149.217", "-1563952"],
  [5, "Maharashtra, India", "IN", "IN16", "19.5", "75", "IN16"],
];
const GEO_TYPES = [0, 0, 1, 1, 1, 2, 3, 4, 4, 4, 4, 5];

const pad = (n, width = 2) => String(n).padStart(width, "0");

/** Yields `count` GDELT 2.0 rows (without newlines), 2,000 to each 15-minute DATEADDED as in real files. */
export function* generateGdeltRows(count, seed = 7) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const total = CODES.reduce((sum, [, weight]) => sum + weight, 0);
  const code = () => {
    let r = next() * 1000;
    if (r >= total) return pick(["014", "017", "100", "130", "182", "192", "0231", "1243", "138", "125"]);
    for (const [c, weight] of CODES) {
      if (r < weight) return c;
      r -= weight;
    }
    return "010";
  };
  const start = Date.UTC(2019, 9, 24, 14, 30);
  for (let i = 0; i < count; i++) {
    const added = new Date(start + Math.floor(i / 2000) * 15 * 60 * 1000);
    const day = `${added.getUTCFullYear()}${pad(added.getUTCMonth() + 1)}${pad(added.getUTCDate())}`;
    const dateAdded = `${day}${pad(added.getUTCHours())}${pad(added.getUTCMinutes())}00`;
    const sqlDate =
      next() < 0.85
        ? day
        : `${added.getUTCFullYear()}${pad(added.getUTCMonth() + 1)}${pad(1 + Math.floor(next() * 28))}`;
    const event = code();
    const root = event.slice(0, 2);
    const actors = [pick(ACTORS), pick(ACTORS)].map(([c, name, country, type]) => [
      c,
      name,
      country,
      "",
      "",
      "",
      "",
      type,
      "",
      "",
    ]);
    const geo = () => {
      const type = pick(GEO_TYPES);
      if (type === 0) return ["0", "", "", "", "", "", "", ""];
      const place = pick(PLACES.filter((p) => p[0] === type));
      const [, name, fips, adm1, lat, long, feature] = place;
      return [
        String(type),
        name,
        fips,
        adm1,
        type >= 3 ? String(10000 + Math.floor(next() * 90000)) : "",
        lat,
        long,
        feature,
      ];
    };
    const mentions = 1 + Math.floor(next() * next() * 40);
    yield [
      881990832 + i,
      sqlDate,
      sqlDate.slice(0, 6),
      sqlDate.slice(0, 4),
      "2019.8055",
      ...actors[0],
      ...actors[1],
      next() < 0.6 ? 1 : 0,
      event,
      event.slice(0, 3),
      root,
      QUAD[root] ?? 4,
      GOLDSTEIN[root] ?? "-2.0",
      mentions,
      1 + Math.floor(mentions / 8),
      mentions,
      (next() * 20 - 12).toFixed(14),
      ...geo(),
      ...geo(),
      ...geo(),
      dateAdded,
      `https://www.example-news-${i % 425}.com/${day.slice(0, 4)}/${day.slice(4, 6)}/story-${Math.floor(i / 5)}.html`,
    ].join("\t");
  }
}
