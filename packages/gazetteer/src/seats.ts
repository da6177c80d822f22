import type { GeoPrecision } from "@tradecraft/core";

/**
 * Seats of government that news uses for the state ("the Kremlin said", "Whitehall", "Foggy Bottom").
 * Buildings have `exact` precision; streets and districts `city`, since their point stands for an area.
 */
export interface Seat {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: GeoPrecision;
}

export const SEATS_OF_GOVERNMENT: readonly Seat[] = [
  { name: "Kremlin", aliases: ["Moscow Kremlin"], country: "RU", lat: 55.752, lon: 37.6175, precision: "exact" },
  {
    name: "Smolensk Square",
    aliases: ["Smolenskaya Square"],
    country: "RU",
    lat: 55.7463,
    lon: 37.5839,
    precision: "exact",
  },
  { name: "White House", aliases: [], country: "US", lat: 38.8977, lon: -77.0365, precision: "exact" },
  { name: "Foggy Bottom", aliases: [], country: "US", lat: 38.8944, lon: -77.0482, precision: "city" },
  { name: "Pentagon", aliases: [], country: "US", lat: 38.8719, lon: -77.0563, precision: "exact" },
  { name: "Capitol Hill", aliases: [], country: "US", lat: 38.8899, lon: -77.0091, precision: "city" },
  { name: "Whitehall", aliases: [], country: "GB", lat: 51.5045, lon: -0.1262, precision: "city" },
  {
    name: "Downing Street",
    aliases: ["10 Downing Street", "Number 10", "No 10", "No. 10"],
    country: "GB",
    lat: 51.5034,
    lon: -0.1276,
    precision: "exact",
  },
  {
    name: "Westminster",
    aliases: ["Palace of Westminster"],
    country: "GB",
    lat: 51.4995,
    lon: -0.1248,
    precision: "exact",
  },
  {
    name: "Élysée",
    aliases: ["Élysée Palace", "Palais de l'Élysée"],
    country: "FR",
    lat: 48.8704,
    lon: 2.3167,
    precision: "exact",
  },
  { name: "Matignon", aliases: ["Hôtel Matignon"], country: "FR", lat: 48.8545, lon: 2.3205, precision: "exact" },
  { name: "Quai d'Orsay", aliases: [], country: "FR", lat: 48.8621, lon: 2.3128, precision: "exact" },
  { name: "Bankova", aliases: ["Bankova Street"], country: "UA", lat: 50.4468, lon: 30.531, precision: "exact" },
  { name: "Zhongnanhai", aliases: [], country: "CN", lat: 39.9139, lon: 116.383, precision: "exact" },
  { name: "Kantei", aliases: [], country: "JP", lat: 35.6734, lon: 139.743, precision: "exact" },
  { name: "Kasumigaseki", aliases: [], country: "JP", lat: 35.673, lon: 139.75, precision: "city" },
  { name: "Blue House", aliases: ["Cheong Wa Dae"], country: "KR", lat: 37.5866, lon: 126.9748, precision: "exact" },
  {
    name: "Bundeskanzleramt",
    aliases: ["Kanzleramt", "German Chancellery"],
    country: "DE",
    lat: 52.5203,
    lon: 13.3693,
    precision: "exact",
  },
  { name: "Palazzo Chigi", aliases: [], country: "IT", lat: 41.901, lon: 12.48, precision: "exact" },
  { name: "Farnesina", aliases: [], country: "IT", lat: 41.9282, lon: 12.466, precision: "exact" },
  {
    name: "Moncloa",
    aliases: ["La Moncloa", "Palacio de la Moncloa"],
    country: "ES",
    lat: 40.4433,
    lon: -3.7339,
    precision: "exact",
  },
  { name: "Casa Rosada", aliases: [], country: "AR", lat: -34.6081, lon: -58.3702, precision: "exact" },
  {
    name: "Planalto",
    aliases: ["Palácio do Planalto", "Planalto Palace"],
    country: "BR",
    lat: -15.7992,
    lon: -47.8607,
    precision: "exact",
  },
  { name: "Itamaraty", aliases: ["Itamaraty Palace"], country: "BR", lat: -15.7996, lon: -47.868, precision: "exact" },
  { name: "Rashtrapati Bhavan", aliases: [], country: "IN", lat: 28.6143, lon: 77.1994, precision: "exact" },
  { name: "South Block", aliases: [], country: "IN", lat: 28.6146, lon: 77.2057, precision: "exact" },
  { name: "Ballhausplatz", aliases: [], country: "AT", lat: 48.2087, lon: 16.3638, precision: "exact" },
  { name: "Binnenhof", aliases: [], country: "NL", lat: 52.0797, lon: 4.3128, precision: "exact" },
  {
    name: "Prague Castle",
    aliases: ["Hradčany", "Hrad"],
    country: "CZ",
    lat: 50.0906,
    lon: 14.4005,
    precision: "exact",
  },
  { name: "Knesset", aliases: [], country: "IL", lat: 31.7767, lon: 35.2053, precision: "exact" },
  {
    name: "Beştepe",
    aliases: ["Beştepe Presidential Complex"],
    country: "TR",
    lat: 39.9312,
    lon: 32.7989,
    precision: "exact",
  },
];

/**
 * Cities that seat a government without being its capital in GeoNames, named as the data spells them. For a
 * country with no GeoNames capital (IL, PS) the seat also answers `capital()`, flagged by its kind.
 */
export const SEAT_CITIES: readonly { readonly name: string; readonly country: string }[] = [
  { name: "The Hague", country: "NL" },
  { name: "La Paz", country: "BO" },
  { name: "Putrajaya", country: "MY" },
  { name: "Cotonou", country: "BJ" },
  { name: "Jerusalem", country: "IL" },
  { name: "Ramallah", country: "PS" },
];
