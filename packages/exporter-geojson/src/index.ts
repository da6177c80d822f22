export type { EventGeometry } from "./coordinates";
export { geojsonExporter, geojsonPlugin, geojsonSeqExporter, ndgeojsonExporter } from "./exporters";
export { type EventFeature, type GeoJsonFeature, geoJsonFeatures, PLACEMENT_PROPERTIES } from "./features";
export { FLOW_ID_SUFFIX, type FlowFeature } from "./flows";
export { type FeatureCollectionResult, formatGeoJson, toFeatureCollection } from "./format";
export {
  type GeoJsonMode,
  GeoJsonModeSchema,
  type GeoJsonOptions,
  GeoJsonOptionsSchema,
  type ResolvedGeoJsonOptions,
} from "./options";
