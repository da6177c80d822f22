/**
 * A structural check of RFC 7946 for tests: what this exporter writes must pass it. It returns the problems
 * found, each with the path to the offending member, so a failing test says what is wrong.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const positionProblems = (position: unknown, path: string): string[] => {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) return [`${path}: not a position`];
  if (!position.every((n) => typeof n === "number" && Number.isFinite(n))) return [`${path}: not numbers`];
  const [lon, lat] = position as [number, number];
  return lon < -180 || lon > 180 || lat < -90 || lat > 90
    ? [`${path}: [${position.join(", ")}] is not [lon, lat] in WGS 84 ranges`]
    : [];
};

/** §3.1.4 a line has two positions or more; §3.1.9 it never jumps across the antimeridian. */
const lineProblems = (line: unknown, path: string): string[] => {
  if (!Array.isArray(line) || line.length < 2) return [`${path}: a line needs two positions or more`];
  const problems = line.flatMap((position, i) => positionProblems(position, `${path}[${i}]`));
  for (let i = 1; i < line.length && problems.length === 0; i++) {
    if (Math.abs(line[i][0] - line[i - 1][0]) > 180) problems.push(`${path}[${i}]: crosses the antimeridian uncut`);
  }
  return problems;
};

const geometryProblems = (geometry: unknown, path: string): string[] => {
  if (geometry === null) return [];
  if (!isObject(geometry)) return [`${path}: neither a geometry nor null`];
  const { type, coordinates } = geometry;
  switch (type) {
    case "Point":
      return positionProblems(coordinates, `${path}.coordinates`);
    case "LineString":
      return lineProblems(coordinates, `${path}.coordinates`);
    case "MultiLineString":
      return Array.isArray(coordinates)
        ? coordinates.flatMap((line, i) => lineProblems(line, `${path}.coordinates[${i}]`))
        : [`${path}.coordinates: not an array`];
    default:
      return [`${path}.type: ${String(type)} is not a geometry this exporter writes`];
  }
};

/** Problems of one Feature object (§3.2). */
export const featureProblems = (feature: unknown, path = "feature"): string[] => {
  if (!isObject(feature)) return [`${path}: not an object`];
  const problems: string[] = [];
  if (feature.type !== "Feature") problems.push(`${path}.type: not "Feature"`);
  if (!("geometry" in feature)) problems.push(`${path}: no geometry member`);
  if (!("properties" in feature)) problems.push(`${path}: no properties member`);
  else if (feature.properties !== null && !isObject(feature.properties))
    problems.push(`${path}.properties: not an object or null`);
  if ("id" in feature && typeof feature.id !== "string" && typeof feature.id !== "number") {
    problems.push(`${path}.id: neither a string nor a number`);
  }
  if ("crs" in feature) problems.push(`${path}: a crs member (§4 removed it)`);
  return [...problems, ...geometryProblems(feature.geometry, `${path}.geometry`)];
};

const positionsOf = (geometry: unknown): number[][] => {
  if (!isObject(geometry)) return [];
  if (geometry.type === "Point") return [geometry.coordinates as number[]];
  if (geometry.type === "LineString") return geometry.coordinates as number[][];
  return (geometry.coordinates as number[][][]).flat();
};

/** Problems of a FeatureCollection (§3.3), its features, and its bbox (§5: [west, south, east, north], holding every position). */
export const featureCollectionProblems = (collection: unknown): string[] => {
  if (!isObject(collection)) return ["not an object"];
  const problems: string[] = [];
  if (collection.type !== "FeatureCollection") problems.push('type: not "FeatureCollection"');
  if ("crs" in collection) problems.push("a crs member (§4 removed it)");
  if (!Array.isArray(collection.features)) return [...problems, "features: not an array"];
  problems.push(...collection.features.flatMap((feature, i) => featureProblems(feature, `features[${i}]`)));
  if ("bbox" in collection) {
    const box = collection.bbox;
    if (!Array.isArray(box) || box.length !== 4 || !box.every((n) => typeof n === "number")) {
      return [...problems, "bbox: not four numbers"];
    }
    const [west, south, east, north] = box as [number, number, number, number];
    if (south > north) problems.push("bbox: south is north of north");
    for (const feature of collection.features as Json[]) {
      for (const [lon, lat] of positionsOf(feature.geometry) as [number, number][]) {
        const inside =
          lat >= south && lat <= north && (west <= east ? lon >= west && lon <= east : lon >= west || lon <= east);
        if (!inside) problems.push(`bbox: [${lon}, ${lat}] of ${String(feature.id)} lies outside`);
      }
    }
  }
  return problems;
};
