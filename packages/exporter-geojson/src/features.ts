import {
  coreRegistry,
  type Diagnostic,
  type Entity,
  type EventBase,
  type FlatRow,
  flattenEvent,
  TradecraftError,
} from "@tradecraft/core";
import type { Feature, Point } from "geojson";
import { type EventGeometry, rounder, roundPosition } from "./coordinates";
import { type FlowContext, flowFeature } from "./flows";
import { type GeoJsonOptions, type ResolvedGeoJsonOptions, resolveOptions } from "./options";
import { type Placement, placeEvent } from "./placement";

/**
 * The properties this exporter adds beside the event's own to every feature that has a point. They say where the
 * point comes from, so a placed point is never mistaken for a reported one; the event's own `lat`, `lon` and
 * `geo_precision` stay as the event gave them, so its properties rebuild it exactly.
 */
export const PLACEMENT_PROPERTIES = ["geometry_precision", "geometry_placed"] as const;

export type EventFeature = Feature<Point | null>;
export type GeoJsonFeature = Feature<EventGeometry | null>;

/** Options resolved once per export, with what they imply. */
export interface Settings extends Omit<FlowContext, "report" | "gazetteer"> {
  readonly options: ResolvedGeoJsonOptions;
  readonly entities: ReadonlyMap<string, Entity> | undefined;
  readonly report: (diagnostic: Diagnostic) => void;
}

export const settle = (input: GeoJsonOptions): Settings => {
  const options = resolveOptions(input);
  return {
    options,
    registry: options.registry ?? coreRegistry,
    entities: options.entities && new Map(options.entities.map((entity) => [entity.id, entity])),
    round: rounder(options.coordinatePrecision),
    report: options.onDiagnostic ?? (() => {}),
  };
};

const placementProperties = (placement: Placement | undefined) =>
  placement === undefined
    ? {}
    : {
        ...(placement.precision === undefined ? {} : { geometry_precision: placement.precision }),
        geometry_placed: placement.placed,
      };

const eventProperties = (
  event: EventBase,
  record: number,
  row: FlatRow | undefined,
  placement: Placement | undefined,
) => {
  const own: Record<string, unknown> = row ?? event;
  for (const name of PLACEMENT_PROPERTIES) {
    if (name in own) {
      throw new TradecraftError({
        code: "TC_GEOJSON_RESERVED_PROPERTY",
        message: `event '${event.id}' has a property '${name}', which the GeoJSON exporter reserves for where its point comes from`,
        hint: `Rename the field (it comes from the event's type or ext data): ${PLACEMENT_PROPERTIES.join(" and ")} are written by the exporter.`,
        position: { record },
      });
    }
  }
  return { ...own, ...placementProperties(placement) };
};

/** The features of one event: its own (unless dropped), then its flow (when asked for and drawable). */
function* eventFeatures(event: EventBase, record: number, settings: Settings): Generator<GeoJsonFeature> {
  const { options, registry } = settings;
  const report = (diagnostic: Omit<Diagnostic, "position">) => settings.report({ ...diagnostic, position: { record } });
  const gazetteer = options.gazetteer;
  const placement = placeEvent(event, options.place ? gazetteer : undefined, report);
  const row =
    options.properties === "flat" || options.flows
      ? flattenEvent(event, { registry, ...(settings.entities ? { entities: settings.entities } : {}) })
      : undefined;

  if (placement === undefined && options.unplaced === "drop") {
    report({
      code: "TC_GEOJSON_UNPLACED",
      severity: "warning",
      message: `event '${event.id}' is left out: it has no coordinates and nothing placed it`,
      hint: "Give location.lat/lon with a precision, or a city or country the gazetteer knows (and pass a gazetteer); or export with unplaced: 'keep' to keep it with a null geometry.",
    });
  } else {
    yield {
      type: "Feature",
      id: event.id,
      geometry:
        placement === undefined ? null : { type: "Point", coordinates: roundPosition(settings.round, placement.point) },
      properties: eventProperties(event, record, options.properties === "flat" ? row : undefined, placement),
    } satisfies EventFeature;
  }

  if (options.flows && gazetteer !== undefined && row !== undefined) {
    const flow = flowFeature(event, row, { ...settings, gazetteer, report });
    if (flow !== undefined) yield flow;
  }
}

/**
 * The GeoJSON features of a stream of events, as objects, one event at a time: each event's feature (id = the
 * event's id), followed by its flow when `flows` is on. Bad options throw a `TradecraftError`
 * (`TC_GEOJSON_OPTIONS`); problems with single events go to `onDiagnostic`.
 */
export async function* geoJsonFeatures(
  events: Iterable<EventBase> | AsyncIterable<EventBase>,
  options: GeoJsonOptions = {},
): AsyncGenerator<GeoJsonFeature> {
  yield* featuresOf(events, settle(options));
}

/** The features of a stream of events under settled options. */
export async function* featuresOf(
  events: Iterable<EventBase> | AsyncIterable<EventBase>,
  settings: Settings,
): AsyncGenerator<GeoJsonFeature> {
  let record = 0;
  for await (const event of events) {
    yield* eventFeatures(event, record, settings);
    record += 1;
  }
}
