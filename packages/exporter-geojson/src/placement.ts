import type { Diagnostic, EventBase, Gazetteer, GeoPrecision, PlaceMatch } from "@tradecraft/core";
import { type LonLat, toLonLat } from "./coordinates";

/** Where an event's point comes from and what it stands for. */
export interface Placement {
  readonly point: LonLat;
  /** What the point stands for: the event's own precision, or the gazetteer match's (city, country). */
  readonly precision: GeoPrecision | undefined;
  /** True when the exporter chose the point from the gazetteer; false when the event gave it. */
  readonly placed: boolean;
}

const fromMatch = (match: PlaceMatch | undefined): Placement | undefined => {
  const point = match && toLonLat(match.lon, match.lat);
  return point && { point, precision: match?.precision, placed: true };
};

/**
 * The event's point: its own coordinates when it has usable ones; else, with a gazetteer, its city (looked up
 * in its country) and else its country's representative point. The free-text place name (`location.name`, such
 * as "the Russian embassy in Villajoyosa" or "Europe") is never looked up: it is prose, not a gazetteer key.
 * Undefined when nothing places it; never 0,0 for an unknown place.
 */
export const placeEvent = (
  event: EventBase,
  gazetteer: Gazetteer | undefined,
  report: (diagnostic: Omit<Diagnostic, "position">) => void,
): Placement | undefined => {
  const location = event.location;
  if (location?.lat !== undefined || location?.lon !== undefined) {
    const point = toLonLat(location.lon, location.lat);
    if (point) return { point, precision: location.precision, placed: false };
    report({
      code: "TC_GEOJSON_COORDINATES_INVALID",
      severity: "warning",
      message: `event '${event.id}' has unusable coordinates (lat ${String(location.lat)}, lon ${String(location.lon)}): it is placed as if it had none`,
      hint: "Give both lat (-90..90) and lon (-180..180) in WGS 84 degrees, or neither; check the event with registry.parseEvent.",
      path: ["location"],
    });
  }
  if (gazetteer === undefined || location === undefined) return undefined;
  const country = location.country;
  return (
    (location.city === undefined
      ? undefined
      : fromMatch(gazetteer.lookupPlace(location.city, country === undefined ? {} : { country }))) ??
    (country === undefined ? undefined : fromMatch(gazetteer.countryPoint(country)))
  );
};
