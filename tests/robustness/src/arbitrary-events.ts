import {
  ActorSchema,
  CountryCodeSchema,
  EdtfDateSchema,
  EntityIdSchema,
  ExtSchema,
  HttpUrlSchema,
  IdSchema,
  listCountries,
  PublishedSchema,
  type Registry,
  type RegistryEvent,
} from "@tradecraft/core";
import fc from "fast-check";
import type { z } from "zod";

/**
 * Events of every type a registry knows, generated from the types' own zod schemas: a new or extension type is
 * covered without a line here. Leaves whose validity a regex or refinement alone cannot express (ids, countries,
 * EDTF dates, ext) get a generator of their own; every other leaf is drawn from its kind and kept if its schema
 * accepts it, and each whole event is kept only if the registry accepts it.
 */

const countryCode = fc.constantFrom(...listCountries().map((c) => c.alpha2));
const entityId = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}:[A-Za-z0-9][A-Za-z0-9._:-]{0,12}$/);
const year = fc.integer({ min: 1000, max: 2099 }).map((y) => String(y));
const pad = (n: number) => String(n).padStart(2, "0");
const day = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
/** EDTF level 0/1 as the model writes it: year, month or day, qualified, or an interval of two of them. */
export const edtfDate = (() => {
  const point = fc
    .tuple(
      fc.oneof(
        year,
        fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
        day,
      ),
      fc.constantFrom("", "", "?", "~", "%"),
    )
    .map(([date, qualifier]) => date + qualifier);
  return fc.oneof(
    { weight: 4, arbitrary: point },
    { weight: 1, arbitrary: fc.tuple(point, point).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)) },
    { weight: 1, arbitrary: point.map((p) => `${p}/..`) },
  );
})();

const jsonLeaf = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, jsonLeaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie("value"), { maxKeys: 3 }),
})).value;
const namespace = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}(\.[a-z][a-z0-9_-]{0,6})?$/);
const ext = fc.dictionary(
  namespace,
  fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,10}$/), jsonValue, { minKeys: 1, maxKeys: 3 }),
  { minKeys: 1, maxKeys: 2 },
);

const SPECIAL = new Map<z.ZodType, fc.Arbitrary<unknown>>([
  [IdSchema, fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/)],
  [CountryCodeSchema, countryCode],
  [EntityIdSchema, entityId],
  [ActorSchema, fc.oneof(countryCode, entityId)],
  [EdtfDateSchema, edtfDate],
  [PublishedSchema, day],
  [ExtSchema, ext],
  [HttpUrlSchema, fc.webUrl({ validSchemes: ["http", "https"] }).filter((url) => HttpUrlSchema.safeParse(url).success)],
]);

interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  checks?: { _zod: { def: { check: string; pattern?: RegExp; minimum?: number } } }[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const check = (def: ZodDef, name: string) => def.checks?.map((c) => c._zod.def).find((c) => c.check === name);

/** A value the schema may accept; `undefined` for an optional field left out. */
export const arbitraryOf = (schema: z.ZodType): fc.Arbitrary<unknown> => {
  const special = SPECIAL.get(schema);
  if (special) return special;
  const def = defOf(schema);
  const accepted = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.filter((v) => schema.safeParse(v).success);
  switch (def.type) {
    case "optional":
      return defOf(def.innerType as z.ZodType).type === "never"
        ? fc.constant(undefined)
        : fc.option(arbitraryOf(def.innerType as z.ZodType), { nil: undefined, freq: 2 });
    case "nullable":
      return fc.option(arbitraryOf(def.innerType as z.ZodType), { nil: null });
    case "default":
    case "readonly":
      return arbitraryOf(def.innerType as z.ZodType);
    case "pipe":
      return accepted(arbitraryOf(def.in as z.ZodType));
    case "lazy":
      return arbitraryOf((def.getter as () => z.ZodType)());
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "boolean":
      return fc.boolean();
    case "number":
      return accepted(
        fc.oneof(
          fc.integer({ min: 0, max: 500 }),
          fc.double({ min: -180, max: 180, noNaN: true }).filter((n) => !Object.is(n, -0)),
        ),
      );
    case "string": {
      const pattern = check(def, "string_format")?.pattern;
      return accepted(
        pattern ? fc.stringMatching(pattern) : fc.string({ minLength: 1, maxLength: 24, unit: "grapheme" }),
      );
    }
    case "array":
      return accepted(
        fc.array(arbitraryOf(def.element as z.ZodType), {
          minLength: check(def, "min_length")?.minimum ?? 0,
          maxLength: 3,
        }),
      );
    case "union":
      return accepted(fc.oneof(...(def.options as z.ZodType[]).map(arbitraryOf)));
    case "object":
      return accepted(objectOf(def.shape as Record<string, z.ZodType>));
    default:
      throw new TypeError(`no generator for a zod ${def.type}: add one to arbitraryOf`);
  }
};

const objectOf = (shape: Record<string, z.ZodType>) =>
  fc
    .record(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, arbitraryOf(field)])))
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));

/** Events of every type of the registry, as the registry parses them. */
export const arbitraryEvent = <R extends Registry>(registry: R): fc.Arbitrary<RegistryEvent<R>> =>
  fc
    .oneof(
      ...registry.typeNames.map((name) => {
        const schema = registry.types[name]?.schema as z.ZodObject;
        return objectOf(schema.shape as Record<string, z.ZodType>);
      }),
    )
    .map((candidate) => registry.parseEvent(candidate))
    .filter((result) => result.success)
    .map((result) => (result as { event: RegistryEvent<R> }).event);

/** Events with distinct ids, as a dataset needs. */
export const arbitraryEvents = <R extends Registry>(registry: R, maxLength = 8) =>
  fc.uniqueArray(arbitraryEvent(registry), { maxLength, selector: (event) => (event as { id: string }).id });
