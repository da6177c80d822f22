import { type Dataset, type Entity, lookupCountry, type Source } from "@tradecraft/core";

/** Entities and sources by id, built once per dataset (rules look them up for every event). */
interface Lookups {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly sources: ReadonlyMap<string, Source>;
}

const cache = new WeakMap<Dataset, Lookups>();

const lookupsOf = (dataset: Dataset): Lookups => {
  let lookups = cache.get(dataset);
  if (lookups === undefined) {
    lookups = {
      entities: new Map((dataset.entities ?? []).map((entity) => [entity.id, entity])),
      sources: new Map((dataset.sources ?? []).map((source) => [source.id, source])),
    };
    cache.set(dataset, lookups);
  }
  return lookups;
};

export const entityOf = (dataset: Dataset | undefined, id: string): Entity | undefined =>
  dataset === undefined ? undefined : lookupsOf(dataset).entities.get(id);

export const sourceOf = (dataset: Dataset | undefined, id: string | undefined): Source | undefined =>
  dataset === undefined || id === undefined ? undefined : lookupsOf(dataset).sources.get(id);

/** An actor as a state code: a code as it is, a `state` entity of the dataset as its country, else undefined. */
export const stateOf = (actor: string | undefined, dataset: Dataset | undefined): string | undefined => {
  if (actor === undefined) return undefined;
  if (!actor.includes(":")) return actor;
  const entity = entityOf(dataset, actor);
  return entity?.kind === "state" ? entity.country : undefined;
};

/** Two codes for the same state, counting a dissolved state's successors (SU and RU, YU and RS). */
export const sameState = (a: string, b: string): boolean =>
  a === b ||
  (lookupCountry(a)?.successors?.includes(b) ?? false) ||
  (lookupCountry(b)?.successors?.includes(a) ?? false);
