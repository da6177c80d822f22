import { z } from "zod";
import { isCountryCode } from "../countries";
import { DATE_HINT, isValidDate, safeParseDate } from "../dates";

/**
 * A list field: absent or non-empty, never `[]`, so each list has one written form (an empty cell in CSV).
 */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, { error: "an empty list: leave the field out instead" });

/** Keys that would reach an object's prototype if assigned; refused wherever users name keys. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A record id: letters, digits and `._:-`, starting with a letter or digit (e.g. `evt-0001`, `org:ru-fsb`). */
export const IdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/, {
  error: (issue) =>
    `'${String(issue.input)}' is not a valid id: use letters, digits and . _ : - (at most 200), starting with a letter or digit`,
});

/** ISO 3166-1 alpha-2 (upper case), a historical ISO 3166-3 code such as `SU`, or `XK`. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, {
    error: (issue) => `'${String(issue.input)}' is not an upper-case ISO 3166 alpha-2 code`,
    abort: true,
  })
  .refine(isCountryCode, {
    error: (issue) => `'${String(issue.input)}' is not an ISO 3166-1 or ISO 3166-3 country code`,
  });

const ENTITY_ID = "[a-z][a-z0-9_-]*:[A-Za-z0-9][A-Za-z0-9._:-]{0,199}";

/**
 * An entity's id: a lower-case kind prefix and a colon, then the name (`org:ru-fsb`, `person:maxim-kuzminov`),
 * so that an entity reference can never be mistaken for a country code or a country's name.
 */
export const EntityIdSchema = z.string().regex(new RegExp(`^${ENTITY_ID}$`), {
  error: (issue) =>
    `'${String(issue.input)}' is not an entity id: write kind:name, such as org:ru-fsb or person:jane-doe`,
});

/**
 * Who acts or is acted on: a state as its country code (`RU`, `SU`), or the id of an entity of the
 * dataset (`org:ru-gru`).
 */
export const ActorSchema = z
  .string()
  .regex(new RegExp(`^([A-Z]{2}|${ENTITY_ID})$`), {
    error: (issue) =>
      `'${String(issue.input)}' is neither a country code (ISO 3166 alpha-2 such as RU) nor an entity id (such as org:ru-fsb)`,
    abort: true,
  })
  .refine((actor) => actor.includes(":") || isCountryCode(actor), {
    error: (issue) => `'${String(issue.input)}' is not an ISO 3166-1 or ISO 3166-3 country code`,
  });

/**
 * A partial, possibly uncertain EDTF level 0/1 date (`2018`, `2022-03~`, `2022-03/2022-04`). A predicate with its
 * message made on failure, not a superRefine: `z.compile` calls a predicate directly, while a superRefine costs an
 * issue context per date checked.
 */
export const EdtfDateSchema = z.string().refine(isValidDate, {
  error: (issue) => {
    const result = safeParseDate(String(issue.input));
    return result.success ? undefined : result.error.message;
  },
  params: { hint: DATE_HINT },
});

/** A calendar day or a full timestamp, as sources give publication times. */
export const PublishedSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: (issue) => `'${String(issue.input)}' is not an ISO 8601 date (2024-03-05) or timestamp (2024-03-05T10:00:00Z)`,
});

/** How sure a source is of what it says. */
export const AttributionStatusSchema = z.enum(["reported", "alleged", "confirmed", "disputed", "denied"]);

export const AttributionSchema = z.strictObject({
  status: AttributionStatusSchema,
  /** Who makes the claim: states or entity ids (a ministry, a service, a newspaper). */
  by: listOf(ActorSchema).optional(),
  note: z.string().min(1).optional(),
});

export const GeoPrecisionSchema = z.enum(["exact", "city", "admin1", "country"]);

/** Where it happened. Coordinates are WGS 84 degrees and always come with the precision they stand for. */
export const LocationSchema = z
  .strictObject({
    /** The place as the source names it ("the Russian embassy in Villajoyosa"). */
    name: z.string().min(1).optional(),
    city: z.string().min(1).optional(),
    admin1: z.string().min(1).optional(),
    country: CountryCodeSchema.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    precision: GeoPrecisionSchema.optional(),
    /** GeoNames id, when the place came from a GeoNames-derived gazetteer. */
    geonameId: z.int().positive().optional(),
    /** A source's own feature id (GDELT's FeatureID, for one). */
    featureId: z.string().min(1).optional(),
  })
  // Three predicates rather than one superRefine: `z.compile` calls a predicate directly, with nothing allocated.
  // Like an empty list, an empty location has no written form in the flat layouts (CSV, GeoJSON properties).
  .refine((location) => !isEmptyObject(location), { error: "an empty location: leave the field out instead" })
  .refine((location) => (location.lat === undefined) === (location.lon === undefined), {
    error: "lat and lon come together: give both or neither",
    path: ["lat"],
  })
  .refine((location) => location.lat === undefined || location.precision !== undefined, {
    error: "coordinates need a precision (exact, city, admin1 or country) so a centroid is never taken for a place",
    path: ["precision"],
  });

const isEmptyObject = (value: object): boolean => {
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
};

/** Offsets into the source text (UTF-16 code units, end exclusive) and the text they cover. */
export const EvidenceSchema = z
  .strictObject({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    text: z.string().min(1).optional(),
  })
  .refine((span) => span.end >= span.start, { message: "evidence ends before it starts", path: ["end"] });

/**
 * Common web addresses (letters, digits and hyphens in the host, whose last label starts with a letter, so the
 * host is never read as an IPv4 number; no `xn--` label, no port, no user): every string this matches the WHATWG
 * URL parser takes as http(s). Anything else goes to the parser itself.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)+(?!xn--)[a-z][a-z0-9-]*(?:[/?#][!-~]*)?$/i;

/** Whether a (trimmed) string is an http(s) URL as `z.url({ protocol: /^https?$/ })` reads one, minus tabs and line ends. */
const isHttpUrl = (text: string): boolean =>
  PLAIN_HTTP_URL.test(text) || (/^https?:\/\//i.test(text) && !/[\t\n\r]/.test(text) && URL.canParse(text));

/**
 * An http(s) URL, trimmed. Not `z.url()`: parsing every address was a fifteenth of the time of reading a big NDJSON
 * file, and most addresses need only the pattern above. A tab or line end inside is refused (the URL parser would
 * drop it silently). The JSON Schema still says `format: uri` (json-schema.ts).
 */
export const HttpUrlSchema = z
  .string()
  .trim()
  .refine(isHttpUrl, { error: (issue) => `'${String(issue.input)}' is not an http(s) URL` });

/** What is known of a report, shared by a dataset's sources and an event's inline citations. */
export const SourceFieldsSchema = z.strictObject({
  publisher: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  url: HttpUrlSchema.optional(),
  published: PublishedSchema.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
  author: z.string().min(1).optional(),
});

/**
 * Where an event was reported: a reference to a dataset source (`source`), the report's own fields inline, or
 * both; `evidence` points at the words that state the event.
 */
export const CitationSchema = SourceFieldsSchema.extend({
  source: IdSchema.optional(),
  evidence: EvidenceSchema.optional(),
}).refine((c) => c.source !== undefined || c.url !== undefined || c.title !== undefined || c.publisher !== undefined, {
  message: "a citation names its source: give source (a dataset source id), url, title or publisher",
});

export const ParticipantRoleSchema = z.enum([
  "subject",
  "victim",
  "perpetrator",
  "suspect",
  "mediator",
  "host",
  "handler",
  "accomplice",
  "witness",
  "official",
  "spokesperson",
  "other",
]);

/** Another party to the event: an entity of the dataset, or a named person or body given inline. */
export const ParticipantSchema = z
  .strictObject({
    entity: EntityIdSchema.optional(),
    name: z.string().min(1).optional(),
    role: ParticipantRoleSchema,
    nationalities: listOf(CountryCodeSchema).optional(),
    /** A service, ministry or company the participant belongs to: an entity id. */
    affiliation: EntityIdSchema.optional(),
    description: z.string().min(1).optional(),
  })
  .refine((p) => p.entity !== undefined || p.name !== undefined, {
    message: "a participant has an entity id or a name",
  });

export const RelationKindSchema = z.enum(["retaliation_for", "part_of", "follows", "same_as"]);

/** A link to another event: tit-for-tat (`retaliation_for`), waves (`part_of`), sequences, duplicates. */
export const RelationSchema = z.strictObject({
  kind: RelationKindSchema,
  event: IdSchema,
  note: z.string().min(1).optional(),
});

/** How a stated count is hedged: "about 400" is approximate, "more than 100" more_than, "several" has no number. */
export const CountQualifierSchema = z.enum([
  "exact",
  "approximate",
  "more_than",
  "at_least",
  "fewer_than",
  "at_most",
  "several",
  "dozens",
  "hundreds",
]);

export const EXT_NAMESPACE_PATTERN = "^[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*$";
const NAMESPACE = new RegExp(EXT_NAMESPACE_PATTERN);

/**
 * The first place in `value` that is not a JSON value (a string, a finite number, a boolean, null, an array or a
 * plain object of them), as a path; undefined when it is all JSON. Iterative, so depth cannot overflow the stack.
 */
const notJsonAt = (value: unknown): (string | number)[] | undefined => {
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, path] = next;
    if (node === null || typeof node === "string" || typeof node === "boolean") continue;
    if (typeof node === "number") {
      if (Number.isFinite(node)) continue;
      return path;
    }
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], [...path, i]]);
      continue;
    }
    if (typeof node !== "object") return path;
    const proto = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== null) return path;
    const entries = Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      stack.push([child, [...path, key]]);
    }
  }
  return undefined;
};

/**
 * JSON values: strings, numbers, booleans, null, arrays and objects of them. One walk rather than a recursive
 * union: a recursive schema makes `z.compile` refuse every event schema that holds it (see the registry).
 */
export const SafeJsonSchema: z.ZodType<unknown> = z.unknown().superRefine((value, ctx) => {
  const path = notJsonAt(value);
  if (path !== undefined) ctx.addIssue({ code: "custom", message: "Invalid input: not a JSON value", path });
});

/**
 * Reports keys that would reach an object's prototype, at any depth. It runs on the raw input because a parsed
 * record would already have lost such a key (assigning `__proto__` sets the prototype instead of a property).
 */
const refuseForbiddenKeys = (value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void => {
  if (typeof value !== "object" || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      ctx.addIssue({
        code: "custom",
        message: `the key '${key}' is reserved (prototype pollution)`,
        path: [...path, key],
      });
    } else {
      refuseForbiddenKeys(child, ctx, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  }
};

/**
 * Extension data, namespaced so that apps never collide: `{ "gdelt": { "GoldsteinScale": -5 } }`.
 * Namespaces are lower-case words, dotted if need be (`acme.watchlist`); values are any JSON.
 */
export const ExtSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    for (const namespace of Object.keys(value)) {
      if (!NAMESPACE.test(namespace)) {
        ctx.addIssue({
          code: "custom",
          message: `'${namespace}' is not an ext namespace: use lower-case words such as gdelt or acme.watchlist`,
          path: [namespace],
        });
      }
    }
    refuseForbiddenKeys(value, ctx);
  })
  .pipe(z.record(z.string().regex(NAMESPACE), z.record(z.string(), SafeJsonSchema)));

export const TagSchema = z.string().min(1).max(100);
