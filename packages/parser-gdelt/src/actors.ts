import { cameoCountryToIso } from "./cameo";
import type { ActorRule, DomainGuard } from "./cameo-mapping";
import type { GdeltColumn } from "./columns";
import type { Participant } from "./model";
import type { GdeltRow } from "./row";

/** CAMEO actor type codes that make an actor an organ of its state: government, military, intelligence, police, courts, legislature. */
export const STATE_ORGAN_TYPES: ReadonlySet<string> = new Set(["GOV", "MIL", "SPY", "COP", "JUD", "LEG"]);

/** One of a row's two actors, as GDELT codes it. */
export interface GdeltActor {
  /** The CAMEO country code as written (`RUS`, or a special such as `EUR`), "" when none. */
  readonly country: string;
  /** The country as ISO 3166 alpha-2, when the CAMEO code names one. */
  readonly iso2?: string;
  readonly name: string;
  /** Type codes 1 to 3 (`GOV`, `SPY`, `MIL` ...), empty ones left out. */
  readonly types: readonly string[];
  /** The actor's columns for `ext.gdelt`, empty ones left out. */
  readonly ext: Partial<Record<GdeltColumn, string>>;
}

const FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code", "Type2Code", "Type3Code"] as const;

/** Reads Actor1 or Actor2; a malformed country code is a problem, an unknown well-formed one is kept as written. */
export const readActor = (row: GdeltRow, n: 1 | 2): GdeltActor => {
  const ext: GdeltActor["ext"] = {};
  for (const field of FIELDS) {
    const value = row.text(`Actor${n}${field}`);
    if (value !== "") ext[`Actor${n}${field}`] = value;
  }
  const country = row.text(`Actor${n}CountryCode`);
  if (country !== "" && !/^[A-Z]{3}$/.test(country)) {
    row.problem("TC_GDELT_BAD_ACTOR_COUNTRY", `Actor${n}CountryCode`, `'${country}' is not a CAMEO country code`);
  }
  const iso2 = country === "" ? undefined : cameoCountryToIso(country);
  const types = [1, 2, 3].map((i) => row.text(`Actor${n}Type${i as 1 | 2 | 3}Code`)).filter((t) => t !== "");
  return { country, name: row.text(`Actor${n}Name`), types, ext, ...(iso2 === undefined ? {} : { iso2 }) };
};

/** What an actor gives an event under a rule: the slot's state, or a participant instead. */
export interface ActorSlot {
  readonly actor?: string;
  readonly participant?: Participant;
}

export const fillSlot = (rule: ActorRule, actor: GdeltActor): ActorSlot => {
  if (rule === "country") return actor.iso2 === undefined ? {} : { actor: actor.iso2 };
  if (actor.iso2 !== undefined && actor.types.some((t) => STATE_ORGAN_TYPES.has(t))) return { actor: actor.iso2 };
  if (actor.name === "") return {};
  return {
    participant: {
      name: actor.name,
      role: rule.organ,
      ...(actor.iso2 === undefined ? {} : { nationalities: [actor.iso2] }),
    },
  };
};

/** Whether a row's actors put it in the domain under a guard (see `DomainGuard`). */
export const passesGuard = (guard: DomainGuard, actor1: GdeltActor, actor2: GdeltActor): boolean => {
  const interstate = actor1.iso2 !== undefined && actor2.iso2 !== undefined && actor1.iso2 !== actor2.iso2;
  if (guard === "interstate") return interstate;
  return interstate || actor1.types.includes("SPY") || actor2.types.includes("SPY");
};
