export { type GeoJsonLikeFeature, GeoJsonLikeFeatureSchema } from "./features";
export type { EventMark, FlowMark, LonLat, Mark, PageMeta, Problem, SourceRef } from "./marks";
export { type MapOptions, MapOptionsSchema, type ResolvedMapOptions } from "./options";
export { mapPage, renderMap } from "./page";
