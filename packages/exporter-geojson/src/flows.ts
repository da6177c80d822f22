import type { Diagnostic, EventBase, FlatRow, Gazetteer, Registry } from "@tradecraft/core";
import type { Feature, LineString, MultiLineString } from "geojson";
import { shortWayLine } from "./antimeridian";
import { type LonLat, roundPosition, toLonLat } from "./coordinates";

/** The suffix of a flow feature's id: `<event id>#flow`. */
export const FLOW_ID_SUFFIX = "#flow";

export type FlowFeature = Feature<LineString | MultiLineString>;

export interface FlowContext {
  readonly registry: Registry;
  readonly gazetteer: Gazetteer;
  readonly round: (value: number) => number;
  readonly report: (diagnostic: Omit<Diagnostic, "position">) => void;
}

/**
 * A line from the initiator's capital to the target's, for an event whose type has both actors (an expulsion
 * runs from the expelling state to the state whose diplomats leave), and whose actors are two different states
 * or entities of a known country (read off the flat row's `initiator_country` and `target_country`).
 * `directed` is false for symmetric types such as talks, so a map draws arrows only where order means something.
 */
export const flowFeature = (event: EventBase, row: FlatRow, context: FlowContext): FlowFeature | undefined => {
  const definition = context.registry.has(event.type) ? context.registry.types[event.type] : undefined;
  if (definition === undefined || definition.initiator === null || definition.target === null) return undefined;
  const from = row.initiator_country;
  const to = row.target_country;
  if (typeof from !== "string" || typeof to !== "string" || from === to) return undefined;

  const fromCapital = context.gazetteer.capital(from);
  const toCapital = context.gazetteer.capital(to);
  const start = fromCapital && toLonLat(fromCapital.lon, fromCapital.lat);
  const end = toCapital && toLonLat(toCapital.lon, toCapital.lat);
  if (!start || !end) {
    const unknown = [start ? undefined : from, end ? undefined : to].filter((c) => c !== undefined).join(" and ");
    context.report({
      code: "TC_GEOJSON_NO_CAPITAL",
      severity: "info",
      message: `event '${event.id}' gets no flow: the gazetteer has no capital for ${unknown}`,
      hint: "Use a gazetteer that knows the state's capital (historical states such as SU may have none); the event's own feature is written all the same.",
    });
    return undefined;
  }

  const line = shortWayLine(start, end);
  const round = (position: LonLat) => roundPosition(context.round, position);
  const geometry: LineString | MultiLineString =
    line.type === "LineString"
      ? { type: "LineString", coordinates: line.coordinates.map(round) }
      : { type: "MultiLineString", coordinates: line.coordinates.map((part) => part.map(round)) };
  return {
    type: "Feature",
    id: `${event.id}${FLOW_ID_SUFFIX}`,
    geometry,
    properties: {
      event_id: event.id,
      type: event.type,
      ...(event.date === undefined ? {} : { date: event.date }),
      initiator: event.initiator,
      target: event.target,
      from_country: from,
      to_country: to,
      from_capital: fromCapital?.name,
      to_capital: toCapital?.name,
      directed: !definition.symmetric,
      geometry_placed: true,
    },
  };
};
