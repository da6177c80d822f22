export type { GeoJsonLikeFeature } from "./features";
export type { EventMark, FlowMark, Mark, PageMeta, Problem, SourceRef } from "./marks";
export { type MapOptions, MapOptionsSchema, type ResolvedMapOptions } from "./options";
export { mapPage, renderMap } from "./page";
