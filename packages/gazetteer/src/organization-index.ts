import type { OrganizationEntity } from "@tradecraft/core";
import { normalizeName } from "./normalize";
import type { OrganizationRecord } from "./organizations";

/** Organization names also differ in British and American spelling ("Ministry of Defence"). */
const organizationKey = (name: string): string =>
  normalizeName(name)
    .replace(/\bdefence\b/g, "defense")
    .replace(/\borganisation\b/g, "organization")
    .replace(/\bcentre\b/g, "center");

/** "Federal Security Service (FSB)" -> the name, then what the parentheses hold. */
const variantsOf = (name: string): readonly string[] => {
  // Cut by index: the regex this replaces, /^(.*?)\s*\(([^()]+)\)\s*$/, is quadratic on long runs of spaces.
  const trimmed = name.trimEnd();
  const open = trimmed.lastIndexOf("(");
  const inner = trimmed.slice(open + 1, -1);
  if (open < 0 || !trimmed.endsWith(")") || inner === "" || inner.includes(")")) return [name];
  return [trimmed.slice(0, open).trimEnd(), inner];
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Finds organizations by name, alias or abbreviation, and by a generic description qualified by a state:
 * "the Russian FSB", "US Central Intelligence Agency", "Ukraine's military intelligence", "Ministry of
 * Foreign Affairs of Ukraine", "military intelligence GRU". Abbreviations count only in text with a capital
 * letter: "RAW" and "MIT" are services, "raw" and "mit" are words.
 */
export class OrganizationIndex {
  readonly #names = new Map<string, OrganizationEntity[]>();
  readonly #abbreviations = new Map<string, OrganizationEntity[]>();
  readonly #generic = new Map<string, OrganizationEntity[]>();
  readonly #keys = new Map<OrganizationEntity, Set<string>>();
  readonly #stateOf: (qualifier: string) => string | undefined;

  /** `stateOf` resolves a qualifier ("Russian", "Ukraine", "US") to an alpha-2 code. */
  constructor(records: readonly OrganizationRecord[], stateOf: (qualifier: string) => string | undefined) {
    this.#stateOf = stateOf;
    for (const { entity, generic } of records) {
      const keys = new Set<string>();
      for (const name of [entity.name, ...(entity.aliases ?? [])]) {
        push(this.#names, organizationKey(name), entity);
        keys.add(organizationKey(name));
      }
      for (const abbreviation of entity.abbreviations ?? []) {
        push(this.#abbreviations, organizationKey(abbreviation), entity);
        keys.add(organizationKey(abbreviation));
      }
      for (const name of generic) {
        push(this.#generic, organizationKey(name), entity);
        keys.add(organizationKey(name));
      }
      this.#keys.set(entity, keys);
    }
  }

  /** Every organization the name can mean, best first; `country` (alpha-2) keeps that state's only. */
  find(name: string, country?: string): readonly OrganizationEntity[] {
    for (const variant of variantsOf(name)) {
      const found = this.#find(organizationKey(variant), country, /\p{Lu}/u.test(variant));
      if (found.length > 0) return found;
    }
    return [];
  }

  #named(key: string, abbreviations: boolean): readonly OrganizationEntity[] {
    const named = this.#names.get(key) ?? [];
    return abbreviations ? [...named, ...(this.#abbreviations.get(key) ?? [])] : named;
  }

  /** `abbreviations`: whether the text had a capital letter, so that "raw" stays a word. */
  #find(key: string, country: string | undefined, abbreviations: boolean): readonly OrganizationEntity[] {
    const inCountry = (list: readonly OrganizationEntity[] | undefined) =>
      (list ?? []).filter((entity) => country === undefined || entity.country === country);
    const named = inCountry(this.#named(key, abbreviations));
    if (named.length > 0) return named;
    if (country !== undefined) {
      const described = inCountry(this.#generic.get(key));
      if (described.length > 0) return described;
    }
    const words = key.split(" ");
    for (let cut = 1; cut < Math.min(words.length, 4); cut++) {
      const found = this.#qualified(words.slice(0, cut).join(" "), words.slice(cut).join(" "), country, abbreviations);
      if (found.length > 0) return found;
    }
    const of = key.lastIndexOf(" of ");
    if (of > 0) {
      const found = this.#qualified(key.slice(of + 4), key.slice(0, of), country, abbreviations);
      if (found.length > 0) return found;
    }
    // A description followed by the abbreviation it explains: "military intelligence gru".
    const last = words.at(-1) ?? "";
    const description = words.slice(0, -1).join(" ");
    return words.length > 1
      ? inCountry(this.#named(last, abbreviations)).filter((entity) => this.#keys.get(entity)?.has(description))
      : [];
  }

  #qualified(
    qualifier: string,
    rest: string,
    country: string | undefined,
    abbreviations: boolean,
  ): readonly OrganizationEntity[] {
    const state = this.#stateOf(qualifier);
    return state !== undefined && (country === undefined || country === state)
      ? this.#find(rest, state, abbreviations)
      : [];
  }
}
