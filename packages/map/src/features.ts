import { type Diagnostic, earliest, latest, splitCell, zodIssuesToDiagnostics } from "@tradecraft/core";
import { z } from "zod";
import type { EventMark, FlowMark, LonLat, Mark, SourceRef } from "./marks";

/**
 * The input contract's type: anything shaped like a GeoJSON feature, as `@tradecraft/exporter-geojson` writes them
 * (event points, placed through a gazetteer or not, and `<id>#flow` lines). Loose on purpose, so that features
 * typed by other tools (`@types/geojson`) are accepted; `readFeature` checks each one field by field.
 */
export const GeoJsonLikeFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.object({ type: z.string() }).nullable(),
  properties: z.record(z.string(), z.unknown()).nullable(),
});
/** A feature the map accepts: the input of `GeoJsonLikeFeatureSchema`. */
export type GeoJsonLikeFeature = z.input<typeof GeoJsonLikeFeatureSchema>;

const PositionSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number())
  .transform(([lon, lat]): LonLat => [lon, lat]);
const LineSchema = z.array(PositionSchema).min(2);
const GeometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Point"), coordinates: PositionSchema }),
  z.object({ type: z.literal("LineString"), coordinates: LineSchema }),
  z.object({ type: z.literal("MultiLineString"), coordinates: z.array(LineSchema).min(1) }),
]);

const text = z.string().nullish();
/** Both property layouts of the exporter: `flat` (CSV columns, lists joined with "; ") and `nested` (the event). */
const PropertiesSchema = z.looseObject({
  id: z.string().min(1).optional(),
  event_id: z.string().min(1).optional(),
  type: z.string().min(1),
  date: text,
  initiator: text,
  target: text,
  count: z.number().nullish(),
  summary: text,
  city: text,
  country: text,
  location: z.union([z.string(), z.looseObject({ name: text, city: text, country: text })]).nullish(),
  source_titles: text,
  source_publishers: text,
  source_urls: text,
  sources: z.array(z.looseObject({ title: text, publisher: text, url: text })).nullish(),
  directed: z.boolean().optional(),
  geometry_placed: z.boolean().optional(),
});
type Properties = z.output<typeof PropertiesSchema>;

const FeatureSchema = z.object({
  type: z.literal("Feature"),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: GeometrySchema.nullable(),
  properties: PropertiesSchema,
});

const DAY = 86_400_000;
const dayOf = (instant: Date | null): number | undefined =>
  instant === null || Number.isNaN(instant.getTime()) ? undefined : Math.floor(instant.getTime() / DAY);

/** The days an EDTF date spans; `bad` when it cannot be read (the event is then shown as undated). */
export const dateSpan = (date: string | null | undefined): { start?: number; end?: number; bad?: true } => {
  if (date === undefined || date === null || date === "") return {};
  try {
    const start = dayOf(earliest(date));
    const end = dayOf(latest(date));
    return { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
  } catch {
    return { bad: true };
  }
};

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

const sourcesOf = (properties: Properties): SourceRef[] => {
  if (properties.sources) {
    return properties.sources.flatMap(({ title, publisher, url }) => {
      const label = [title, publisher].filter(Boolean).join(", ") || url || "";
      if (label === "") return [];
      return [url && isWebUrl(url) ? { label, url } : { label }];
    });
  }
  // Flat rows keep titles, publishers and URLs in separate lists that need not line up, so each is its own entry.
  const cells = (cell: string | null | undefined) => (cell ? splitCell(cell) : []);
  const urls = cells(properties.source_urls);
  return [
    ...cells(properties.source_titles).map((label) => ({ label })),
    ...cells(properties.source_publishers).map((label) => ({ label })),
    ...urls.map((url) => (isWebUrl(url) ? { label: url, url } : { label: url })),
  ];
};

const placeOf = ({ city, country, location }: Properties): string | undefined => {
  if (typeof location === "object" && location !== null) {
    return [location.name ?? location.city, location.country].filter(Boolean).join(", ") || undefined;
  }
  return [location ?? city, country].filter(Boolean).join(", ") || undefined;
};

export type ReadResult = { mark: Mark; warnings: Diagnostic[] } | { mark?: undefined; error: Diagnostic };

/** One input feature as a mark, or the diagnostics that say why it cannot be drawn. */
export const readFeature = (input: unknown, record: number): ReadResult => {
  const parsed = FeatureSchema.safeParse(input);
  if (!parsed.success) {
    // One diagnostic per record: the first problem says enough to find the feature and fix it.
    const [first] = zodIssuesToDiagnostics(parsed.error, "TC_MAP_FEATURE");
    const error: Diagnostic = {
      code: "TC_MAP_FEATURE",
      severity: "error",
      message: `feature ${record} is not drawn: ${first?.message ?? parsed.error.message}`,
      hint: "Give the map GeoJSON features as @tradecraft/exporter-geojson writes them: a Point (or null) geometry with the event's properties, or a flow's LineString.",
      position: { record },
      ...(first?.path ? { path: first.path } : {}),
    };
    return { error };
  }
  const { id: featureId, geometry, properties } = parsed.data;
  const id = properties.event_id ?? properties.id ?? (featureId === undefined ? `#${record}` : String(featureId));
  const span = dateSpan(properties.date);
  const warnings: Diagnostic[] = span.bad
    ? [
        {
          code: "TC_MAP_DATE",
          severity: "warning",
          message: `event '${id}' has a date the map cannot read ('${properties.date}'): it is shown as undated`,
          hint: "Write dates as EDTF: 2024, 2024-03, 2024-03-05, 2024-03~ or 2024-03/2024-05.",
          position: { record },
        },
      ]
    : [];
  const { start, end } = span;

  if (geometry !== null && geometry.type !== "Point") {
    const mark: FlowMark = {
      kind: "flow",
      id,
      type: properties.type,
      lines: geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates,
      directed: properties.directed ?? true,
      start,
      end,
    };
    return { mark, warnings };
  }
  const mark: EventMark = {
    kind: "event",
    id,
    type: properties.type,
    at: geometry === null ? null : geometry.coordinates,
    placed: properties.geometry_placed ?? false,
    date: properties.date || undefined,
    start,
    end,
    initiator: properties.initiator || undefined,
    target: properties.target || undefined,
    count: properties.count ?? undefined,
    summary: properties.summary || undefined,
    place: placeOf(properties),
    sources: sourcesOf(properties),
  };
  return { mark, warnings };
};
