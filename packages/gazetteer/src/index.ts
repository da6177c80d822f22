export { DEMONYMS } from "./demonyms";
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
export { SEATS_OF_GOVERNMENT, type Seat } from "./seats";
