import type { Gazetteer, PlaceMatch } from "@tradecraft/core";
import { demonymPlace, type Mention } from "./mentions";
import type { Token } from "./sentences";

/** Where an event happened, as the text places it. */
export interface EventPlace {
  /** The place as named ("Seattle", "Maryland and New York", "Spanish cities"). */
  readonly name: string;
  readonly country: string;
  readonly city?: string;
  readonly admin1?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly precision: "exact" | "city" | "admin1" | "country";
  readonly geonameId?: number;
  /** The text says it; otherwise the place follows from the type's convention. */
  readonly stated: boolean;
}

const LOCATING = new Set(["in", "at", "near", "outside", "inside", "around", "across", "throughout"]);

export const fromMatch = (match: PlaceMatch, name: string, stated: boolean): EventPlace => {
  const isCity = match.kind === "city" || match.kind === "capital" || match.precision === "city";
  const city = isCity && match.kind !== "country" ? match.name : undefined;
  return {
    name,
    country: match.country,
    ...(city === undefined ? {} : { city }),
    ...(match.kind === "admin1" ? { admin1: match.name } : match.admin1 ? { admin1: match.admin1 } : {}),
    lat: match.lat,
    lon: match.lon,
    precision:
      match.kind === "seat_of_government" ? match.precision : match.kind === "admin1" ? "admin1" : match.precision,
    ...(match.geonameId === undefined ? {} : { geonameId: match.geonameId }),
    stated,
  };
};

/** A country as the place, at country precision, with its representative point when the gazetteer has one. */
export const countryPlace = (
  code: string,
  gazetteer: Gazetteer | undefined,
  name: string,
  stated: boolean,
): EventPlace => {
  const point = gazetteer?.countryPoint(code);
  return point
    ? { ...fromMatch(point, name, stated), precision: "country" }
    : { name, country: code, precision: "country", stated };
};

const isPlaceMention = (m: Mention) =>
  m.place !== undefined && (m.kind === "place" || m.kind === "capital" || m.kind === "country");

/**
 * The place of a trigger: the first located place ("in Seattle", "near Barcelona") in its window, or a demonym on
 * a place noun ("in one of the Spanish cities"). A list of places ("in Maryland and New York") gives only the
 * country they share.
 */
export const findPlace = (
  mentions: readonly Mention[],
  tokens: readonly Token[],
  window: readonly [number, number],
  gazetteer: Gazetteer | undefined,
): EventPlace | undefined => {
  const inWindow = mentions.filter((m) => m.first >= window[0] && m.last <= window[1]);
  const index = inWindow.findIndex((m) => isPlaceMention(m) && LOCATING.has(m.preposition ?? ""));
  const first = inWindow[index];
  if (first?.place) {
    const list = [first];
    for (const m of inWindow.slice(index + 1)) {
      const between = tokens.slice((list.at(-1) as Mention).last + 1, m.first);
      if (!isPlaceMention(m) || !between.every((t) => t.text === "," || t.lower === "and" || t.lower === "or")) break;
      list.push(m);
    }
    const countries = new Set(list.map((m) => m.place?.country));
    if (list.length === 1) return fromMatch(first.place, first.text, true);
    if (countries.size === 1) {
      const text = list.map((m) => m.text).join(", ");
      return countryPlace(first.place.country, gazetteer, text, true);
    }
    return undefined;
  }
  for (const m of inWindow) {
    const country = demonymPlace(m, tokens);
    if (country) return countryPlace(country, gazetteer, `${m.text} ${tokens[m.last + 1]?.text ?? ""}`.trim(), true);
  }
  return undefined;
};
