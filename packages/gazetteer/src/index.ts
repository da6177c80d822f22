export type { CityAlias } from "./aliases";
export { CITY_ALIASES, COUNTRY_ALIASES } from "./aliases";
export { DEMONYMS, pluralOf } from "./demonyms";
export {
  type CountryProfile,
  createGazetteer,
  type GazetteerOptions,
  gazetteer,
  isLoaded,
  type PlaceInput,
  preload,
  type StateMatch,
  TradecraftGazetteer,
} from "./gazetteer";
export { normalizeName } from "./normalize";
export { ORGANIZATIONS, type OrganizationRecord } from "./organizations";
export type { Place } from "./places";
export { SEAT_CITIES, SEATS_OF_GOVERNMENT, type Seat } from "./seats";
