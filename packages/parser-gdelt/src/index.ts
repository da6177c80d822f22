export { STATE_ORGAN_TYPES } from "./actors";
export { CAMEO_ISO_ALIASES, cameoCountryLabel, cameoCountryToIso, cameoLabel, isCameoCode } from "./cameo";
export {
  type ActorRule,
  CAMEO_MAPPING_VERSION,
  CAMEO_TABLE,
  type CameoMapping,
  type CameoSkip,
  type CameoTableEntry,
  type CoreType,
  cameoEntry,
  type DomainGuard,
  isMapping,
  type OwnFields,
  type ParticipantRole,
  skipReason,
} from "./cameo-mapping";
export { MAX_COLLAPSED_SOURCES } from "./collapse";
export { GDELT_LAYOUTS, GDELT_V2_COLUMNS, type GdeltColumn, type GdeltLayout, type GdeltVersion } from "./columns";
export { GDELT_PROBLEMS, type GdeltProblemCode } from "./diagnostics";
export { type FipsCountry, fipsCountry, fipsToIso } from "./fips";
export { GEO_TYPE_PRECISION } from "./location";
export { type GdeltOptions, GdeltOptionsSchema, type ResolvedGdeltOptions } from "./options";
export { gdeltParser, gdeltPlugin, parseGdelt } from "./parser";
export { COLLAPSED_REASON, FILTERED, HEADER_REASON, type SkipKind, skipKind } from "./skips";
export { GDELT_PUBLISHER } from "./source";
export { GdeltTally } from "./tally";
