import { countryName, defineRule, type EventBase, type Gazetteer } from "@tradecraft/core";
import { destination, distanceKm, isNullIsland } from "../geo";
import { sameState, stateOf } from "../lookups";
import type { ValidatorEventRule } from "../streaming";

/**
 * Places that cannot be: 0,0, points outside the country they claim (and the swapped latitude and longitude
 * that usually cause it), country centroids passed off as cities, and measures placed in the wrong state.
 * Point-in-country goes through the gazetteer given in the options (core's `Gazetteer` contract).
 */

type Location = NonNullable<EventBase["location"]>;
type PlacedLocation = Location & { lat: number; lon: number; country: string };

/**
 * Simplified boundaries put coastal and border towns a few kilometres outside their country, so a point with
 * its country within these distances (on eight bearings) counts as inside.
 */
export const BORDER_TOLERANCE_KM = [5, 15] as const;
const BEARINGS = [0, 45, 90, 135, 180, 225, 270, 315];

/** A point this close to the country's representative point is that point. */
export const CENTROID_TOLERANCE_KM = 1;

type Placement = { kind: "inside" } | { kind: "swapped" } | { kind: "outside"; found: string | undefined };

const isPlaced = (location: Location | undefined): location is PlacedLocation =>
  location?.lat !== undefined && location.lon !== undefined && location.country !== undefined;

const isIn = (gazetteer: Gazetteer, country: string, lat: number, lon: number): boolean => {
  const found = gazetteer.countryAt(lon, lat);
  return found !== undefined && sameState(found, country);
};

const place = (gazetteer: Gazetteer, { lat, lon, country }: PlacedLocation): Placement => {
  if (isIn(gazetteer, country, lat, lon)) return { kind: "inside" };
  for (const km of BORDER_TOLERANCE_KM) {
    for (const bearing of BEARINGS) {
      const near = destination(lat, lon, km, bearing);
      if (isIn(gazetteer, country, near.lat, near.lon)) return { kind: "inside" };
    }
  }
  // Read the other way round, the longitude becomes a latitude, so it must be within ±90.
  if (Math.abs(lon) <= 90 && isIn(gazetteer, country, lon, lat)) return { kind: "swapped" };
  return { kind: "outside", found: gazetteer.countryAt(lon, lat) };
};

// Two rules ask for the same placement; gazetteers can be swapped between runs, so the cache is per gazetteer.
const placements = new WeakMap<Gazetteer, WeakMap<Location, Placement>>();

const placementOf = (gazetteer: Gazetteer, location: PlacedLocation): Placement => {
  let byLocation = placements.get(gazetteer);
  if (byLocation === undefined) {
    byLocation = new WeakMap();
    placements.set(gazetteer, byLocation);
  }
  let placement = byLocation.get(location);
  if (placement === undefined) {
    placement = place(gazetteer, location);
    byLocation.set(location, placement);
  }
  return placement;
};

/** The event's point against its country, when there is a point, a country and a gazetteer. */
const placed = (
  event: EventBase,
  gazetteer: Gazetteer | undefined,
): { location: PlacedLocation; placement: Placement } | undefined => {
  const location = event.location;
  if (gazetteer === undefined || !isPlaced(location) || isNullIsland(location.lat, location.lon)) return undefined;
  return { location, placement: placementOf(gazetteer, location) };
};

const named = (code: string) => `${code} (${countryName(code) ?? code})`;

export const nullIsland = defineRule<ValidatorEventRule>({
  id: "geography.null-island",
  scope: "event",
  severity: "error",
  description:
    'The point is not 0,0 ("Null Island", in the Gulf of Guinea), where missing coordinates written as zero land.',
  hint: "Leave lat, lon and precision out when the place is not known, or give the place's own coordinates.",
  *check(event) {
    const location = event.location;
    if (location?.lat !== undefined && location.lon !== undefined && isNullIsland(location.lat, location.lon)) {
      yield { message: "the point is 0,0 (Null Island): a missing coordinate written as zero", path: ["location"] };
    }
  },
});

export const swappedCoordinates = defineRule<ValidatorEventRule>({
  id: "geography.swapped-coordinates",
  scope: "event",
  severity: "error",
  requires: ["gazetteer"],
  description:
    "The point is outside its country, but with latitude and longitude exchanged it is inside: they look swapped.",
  hint: "Exchange lat and lon: lat runs north-south (-90..90), lon east-west (-180..180).",
  *check(event, context) {
    const checked = placed(event, context.gazetteer);
    if (checked?.placement.kind === "swapped") {
      const { location } = checked;
      yield {
        message: `lat ${location.lat}, lon ${location.lon} is outside ${named(location.country)}, but lat ${location.lon}, lon ${location.lat} is inside it: latitude and longitude look swapped`,
        path: ["location", "lat"],
      };
    }
  },
});

export const outsideCountry = defineRule<ValidatorEventRule>({
  id: "geography.outside-country",
  scope: "event",
  severity: "warning",
  requires: ["gazetteer"],
  description: `The point lies in the country its location names (within ${BORDER_TOLERANCE_KM.at(-1)} km, for simplified boundaries). A point that looks swapped is reported by geography.swapped-coordinates instead.`,
  hint: "Correct the coordinates or location.country. A territory (PR, GI, GL ...) takes its own code, not its sovereign's.",
  *check(event, context) {
    const checked = placed(event, context.gazetteer);
    if (checked?.placement.kind === "outside") {
      const { location } = checked;
      const { found } = checked.placement;
      const where = found === undefined ? "at sea or outside every country" : `in ${named(found)}`;
      yield {
        message: `lat ${location.lat}, lon ${location.lon} is ${where}, not in ${named(location.country)} as location.country says`,
        path: ["location"],
      };
    }
  },
});

/** Precisions that claim more than a country. */
const FINER_THAN_COUNTRY = new Set(["exact", "city", "admin1"]);

export const centroidAsPlace = defineRule<ValidatorEventRule>({
  id: "geography.centroid-as-place",
  scope: "event",
  severity: "warning",
  requires: ["gazetteer"],
  description:
    "A point that is its country's representative point (the gazetteer's countryPoint) does not claim city, admin1 or exact precision.",
  hint: "Set precision to \"country\", or give the place's own coordinates: geocoders fall back to the country's point when they cannot find the place.",
  *check(event, context) {
    const { gazetteer } = context;
    const location = event.location;
    if (gazetteer === undefined || !isPlaced(location) || location.precision === undefined) return;
    if (!FINER_THAN_COUNTRY.has(location.precision)) return;
    const centre = gazetteer.countryPoint(location.country);
    if (centre === undefined) return;
    if (distanceKm(location.lat, location.lon, centre.lat, centre.lon) > CENTROID_TOLERANCE_KM) return;
    // In city-states the capital sits on the country's point: a city there is plausible.
    const capital = gazetteer.capital(location.country);
    if (
      capital !== undefined &&
      distanceKm(capital.lat, capital.lon, centre.lat, centre.lon) <= CENTROID_TOLERANCE_KM
    ) {
      return;
    }
    yield {
      message: `lat ${location.lat}, lon ${location.lon} is the representative point of ${named(location.country)}, but the precision says ${location.precision}: a country centroid claimed as a place`,
      path: ["location", "precision"],
    };
  },
});

/** Where a type's measure takes place: in the territory of one of its actors. */
const WHERE_IT_HAPPENS: Readonly<Record<string, { actor: "initiator" | "target"; rule: string }>> = {
  expulsion: { actor: "initiator", rule: "an expulsion takes place in the expelling state" },
  mission_closure: { actor: "initiator", rule: "a mission is closed in the host state" },
  mission_opening: { actor: "initiator", rule: "a mission is opened in the host state" },
  property_seizure: { actor: "initiator", rule: "diplomatic property is seized in the seizing state" },
  presence: { actor: "target", rule: "a presence is counted in the host state" },
};

export const actorLocation = defineRule<ValidatorEventRule>({
  id: "geography.actor-location",
  scope: "event",
  severity: "warning",
  description:
    "Expulsions, mission closures and openings, and property seizures take place in the initiator's territory (the expelling, host or seizing state); a presence is counted in the target's (the host state).",
  hint: "Check location.country and the actors: for these types the state where it happens is the initiator (for a presence, the target).",
  *check(event, context) {
    const where = WHERE_IT_HAPPENS[event.type];
    const country = event.location?.country;
    if (where === undefined || country === undefined) return;
    const state = stateOf(event[where.actor], context.dataset);
    if (state === undefined || sameState(state, country)) return;
    yield {
      message: `${where.rule} (${where.actor} ${named(state)}), but location.country is ${named(country)}`,
      path: ["location", "country"],
    };
  },
});
