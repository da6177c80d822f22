import { z } from "zod";
import { type Diagnostic, formatPath } from "./diagnostics";
import { MAX_NESTING_DEPTH, nestsDeeperThan, tooDeepDiagnostic } from "./json-text";
import { type EventBase, EventTypeNameSchema, eventBaseShape } from "./model/event";
import type { Exporter, Parser, Plugin, Rule } from "./plugins";

/**
 * An event type: its name, its schema (the common fields plus its own), and what `initiator` and `target`
 * mean for it. Made by `defineEventType`, widened by `widenEventType`, registered with `Registry.withEventType`.
 */
export interface EventTypeDefinition<Name extends string = string, Schema extends z.ZodObject = z.ZodObject> {
  readonly type: Name;
  readonly schema: Schema;
  readonly description: string;
  /** What the initiator is for this type ("the expelling state"), or null when the type has none. */
  readonly initiator: string | null;
  /** What the target is for this type ("the state whose diplomats leave"), or null when the type has none. */
  readonly target: string | null;
  /** For two-party types whose order carries no meaning (talks, exchanges). */
  readonly symmetric: boolean;
  /** Names of the type-specific fields, in the order exporters should write them. */
  readonly fields: readonly string[];
}

/** The inferred event of a type definition. */
export type EventOf<D> = D extends EventTypeDefinition<string, infer S> ? z.infer<S> : never;

/** Actor slots a type can switch off: suspicious deaths and escapes have neither initiator nor target. */
const absent = z.never({ error: "this event type has no such actor: name the people in participants instead" });

/**
 * Defines an event type with its own fields beside the common ones. Give `initiator`/`target` as the sentence
 * that fixes their meaning, or null for a type without that actor.
 */
export const defineEventType = <
  const Name extends string,
  const Fields extends z.ZodRawShape = Record<never, never>,
>(definition: {
  type: Name;
  description: string;
  initiator: string | null;
  target: string | null;
  symmetric?: boolean;
  fields?: Fields;
}) => {
  EventTypeNameSchema.parse(definition.type);
  const fields = (definition.fields ?? {}) as Fields;
  const clash = Object.keys(fields).find((key) => key in eventBaseShape);
  if (clash !== undefined) {
    throw new TypeError(`event type '${definition.type}': field '${clash}' is a common field; choose another name`);
  }
  const schema = z.strictObject({ ...eventBaseShape, type: z.literal(definition.type), ...fields });
  const noActors = {
    ...(definition.initiator === null ? { initiator: absent.optional() } : {}),
    ...(definition.target === null ? { target: absent.optional() } : {}),
  };
  // A type without an actor refuses one at run time; its inferred type keeps the optional field (never set).
  const checked = (Object.keys(noActors).length === 0 ? schema : schema.extend(noActors)) as typeof schema;
  return {
    type: definition.type,
    schema: checked,
    description: definition.description,
    initiator: definition.initiator,
    target: definition.target,
    symmetric: definition.symmetric ?? false,
    fields: Object.keys(fields),
  } satisfies EventTypeDefinition<Name>;
};

/**
 * Widens a registered type with more fields (a downstream app's `watchlistId` on `expulsion`). The result keeps
 * every field of the original, so data valid before stays valid; register it to replace the original.
 */
export const widenEventType = <D extends EventTypeDefinition, const Fields extends z.ZodRawShape>(
  definition: D,
  fields: Fields,
) => {
  const clash = Object.keys(fields).find((key) => key in definition.schema.shape);
  if (clash !== undefined) {
    throw new TypeError(`event type '${definition.type}' already has a field '${clash}'; widening only adds fields`);
  }
  return {
    ...definition,
    schema: definition.schema.extend(fields) as z.ZodObject<
      Omit<D["schema"]["shape"], keyof Fields> & Fields,
      z.core.$strict
    >,
    fields: [...definition.fields, ...Object.keys(fields)],
  };
};

/** The event types a registry knows, keyed by type name. */
export type TypeMap = Record<string, EventTypeDefinition>;

/** Turns a list of type definitions into a map keyed by type name. */
export type TypesOf<List> = List extends readonly EventTypeDefinition[]
  ? { [D in List[number] as D["type"]]: D }
  : Record<never, never>;

/** Later definitions replace earlier ones of the same name (that is how widening lands). */
export type Merge<A, B> = Omit<A, keyof B> & B;

/**
 * Every event a registry accepts, as one discriminated union; for a registry whose types are not known
 * statically (`Registry`), any event seen through its common fields.
 */
export type RegistryEvent<R> =
  R extends Registry<infer M>
    ? string extends keyof M
      ? EventBase
      : { [K in keyof M]: EventOf<M[K]> }[keyof M]
    : never;

/** The event of one registered type. */
export type RegistryEventOf<R, Name extends string> = Extract<RegistryEvent<R>, { type: Name }>;

export type EventParseResult<E> =
  | { success: true; event: E; diagnostics: readonly Diagnostic[] }
  | { success: false; diagnostics: readonly Diagnostic[] };

/**
 * Holds the event types and plugins in use. Registries are immutable: `withEventType` and `use` return a new
 * registry whose event union includes what was added, so downstream types flow through with full inference.
 */
export class Registry<M extends TypeMap = TypeMap> {
  readonly types: Readonly<M>;
  readonly plugins: readonly Plugin[];
  #union: z.ZodType | undefined;
  /**
   * Per type seen: its definition and the schema to check with, which becomes the copy compiled by `z.compile`
   * (same results and issues, several times faster) once the type has been checked COMPILE_AFTER times: compiling
   * costs milliseconds a type, which small inputs never pay and big ones soon recover.
   */
  readonly #checkers = new Map<string, { definition: EventTypeDefinition; checked: number; schema: z.ZodType }>();

  constructor(types: M, plugins: readonly Plugin[] = []) {
    this.types = Object.freeze({ ...types });
    this.plugins = plugins;
  }

  /** Adds an event type, or replaces the one of the same name with a widened definition. */
  withEventType<D extends EventTypeDefinition>(definition: D): Registry<Merge<M, { [K in D["type"]]: D }>> {
    return new Registry(
      { ...this.types, [definition.type]: definition } as Merge<M, { [K in D["type"]]: D }>,
      this.plugins,
    );
  }

  /** Adds a plugin: its event types join the registry, its parsers, rules and exporters become available. */
  use<P extends Plugin>(plugin: P): Registry<Merge<M, TypesOf<P["eventTypes"]>>> {
    if (this.plugins.some((p) => p.name === plugin.name)) {
      throw new TypeError(`plugin '${plugin.name}' is already registered`);
    }
    const added = Object.fromEntries((plugin.eventTypes ?? []).map((d) => [d.type, d]));
    const types = { ...this.types, ...added } as unknown as Merge<M, TypesOf<P["eventTypes"]>>;
    return new Registry(types, [...this.plugins, plugin]);
  }

  /** The registered type names, in registration order. */
  get typeNames(): readonly (keyof M & string)[] {
    return Object.keys(this.types);
  }

  has(type: string): type is keyof M & string {
    return Object.hasOwn(this.types, type);
  }

  /** The schema of every registered event: a union discriminated on `type`. */
  get eventSchema(): z.ZodType<RegistryEvent<this>> {
    if (this.#union === undefined) {
      const schemas = Object.values(this.types).map((d) => d.schema);
      const [first, ...rest] = schemas;
      if (first === undefined) throw new TypeError("the registry has no event types");
      this.#union = rest.length === 0 ? first : z.discriminatedUnion("type", [first, ...rest]);
    }
    return this.#union as z.ZodType<RegistryEvent<this>>;
  }

  /**
   * Checks one event against its type's schema. Failures come back as diagnostics with readable paths, an
   * unknown type with the list of known ones; nothing is thrown for bad input.
   */
  parseEvent(input: unknown): EventParseResult<RegistryEvent<this>> {
    const type = typeof input === "object" && input !== null ? (input as { type?: unknown }).type : undefined;
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return failure(
        "TC_EVENT_NOT_OBJECT",
        "an event is a JSON object",
        'Write each event as {"id": ..., "type": ...}.',
      );
    }
    if (typeof type !== "string") {
      return failure("TC_EVENT_NO_TYPE", "the event has no type", `Add "type": one of ${this.typeNames.join(", ")}.`, [
        "type",
      ]);
    }
    let checker = this.#checkers.get(type);
    if (checker === undefined) {
      const definition = Object.hasOwn(this.types, type) ? this.types[type] : undefined;
      if (definition === undefined) {
        return failure(
          "TC_EVENT_UNKNOWN_TYPE",
          `unknown event type '${type}'`,
          `Known types: ${this.typeNames.join(", ")}. A downstream type must be registered (defineEventType, or --plugin on the command line).`,
          ["type"],
        );
      }
      checker = { definition, checked: 0, schema: definition.schema };
      this.#checkers.set(type, checker);
    }
    if (holdsTooDeep(input as Record<string, unknown>, checker.definition)) {
      return { success: false, diagnostics: [tooDeepDiagnostic()] };
    }
    if (++checker.checked === COMPILE_AFTER) checker.schema = z.compile(checker.definition.schema);
    const result = checker.schema.safeParse(input);
    if (result.success) {
      return { success: true, event: result.data as RegistryEvent<this>, diagnostics: NO_DIAGNOSTICS };
    }
    return { success: false, diagnostics: zodIssuesToDiagnostics(result.error, "TC_EVENT_INVALID") };
  }

  /** Parsers contributed by the registered plugins. */
  get parsers(): readonly Parser<never>[] {
    return this.plugins.flatMap((p) => p.parsers ?? []);
  }

  /** Validation rules contributed by the registered plugins. */
  get rules(): readonly Rule[] {
    return this.plugins.flatMap((p) => p.rules ?? []);
  }

  /** Exporters contributed by the registered plugins. */
  get exporters(): readonly Exporter<never>[] {
    return this.plugins.flatMap((p) => p.exporters ?? []);
  }
}

/**
 * Whether a field that admits values of any shape nests deeper than MAX_NESTING_DEPTH (the event itself being the
 * first level): `ext`, and the type's own fields, which a downstream type may give free JSON. The common fields'
 * schemas stop at their own depth, so a deep value there fails its schema without anything recursing into it;
 * walking only these fields took a tenth of the NDJSON reader's time off.
 */
const holdsTooDeep = (event: Record<string, unknown>, definition: EventTypeDefinition): boolean => {
  if (nestsDeeperThan(event.ext, MAX_NESTING_DEPTH - 1)) return true;
  for (const field of definition.fields) if (nestsDeeperThan(event[field], MAX_NESTING_DEPTH - 1)) return true;
  return false;
};

/** The diagnostics of every valid event: one shared empty list rather than one allocated per event. */
const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/** How many events of a type are checked with its schema as written before the compiled copy takes over. */
const COMPILE_AFTER = 200;

const failure = (code: string, message: string, hint: string, path?: (string | number)[]) => ({
  success: false as const,
  diagnostics: [{ code, severity: "error" as const, message, hint, ...(path ? { path } : {}) }],
});

const HINTS: Partial<Record<string, string>> = {
  unrecognized_keys: "Remove the key, or put custom data under ext.<namespace>.",
};
const DEFAULT_HINT =
  "The JSON Schema (@tradecraft/core/schema/tradecraft.schema.json) lists every field of every event type.";

/** Turns zod issues into diagnostics whose messages lead with the path: `location.lat: too big`. */
export const zodIssuesToDiagnostics = (error: z.ZodError, code: string): Diagnostic[] =>
  error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    const where = formatPath(path);
    const message =
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`
        : issue.message;
    const own = issue.code === "custom" ? (issue.params as { hint?: unknown } | undefined)?.hint : undefined;
    const hint = typeof own === "string" ? own : (HINTS[issue.code] ?? DEFAULT_HINT);
    return { code, severity: "error" as const, message: where === "" ? message : `${where}: ${message}`, hint, path };
  });
