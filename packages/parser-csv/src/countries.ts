import { type Gazetteer, toAlpha2 } from "@tradecraft/core";
import type { Reading } from "./normalize";

/**
 * A state named in a cell, as its ISO 3166 alpha-2 code: codes (alpha-2, alpha-3, numeric) and English names
 * through core's `lookupCountry` (historical states such as the Soviet Union included), then, when a gazetteer is
 * given, demonyms ("Russian") and names that stand for a government ("the Kremlin", "Moscow"). An entity id
 * (`org:ru-gru`) is kept as it is where an actor may be an entity.
 */
export const normalizeCountry = (
  cell: string,
  options: { gazetteer?: Gazetteer | undefined; entities: boolean },
): Reading<string> => {
  const text = cell.trim();
  if (options.entities && /^[a-z]+:\S+$/.test(text)) return { ok: true, value: text };
  const gazetteer = options.gazetteer;
  const code = toAlpha2(text) ?? gazetteer?.countryOfDemonym(text) ?? gazetteer?.lookupPlace(text)?.metonymFor;
  if (code !== undefined) return { ok: true, value: code };
  return {
    ok: false,
    message: `'${cell}' is not a country this reader knows`,
    hint:
      gazetteer === undefined
        ? "Write an ISO 3166 code (RU, RUS, 643) or an English name (Russia); pass a gazetteer to read demonyms such as 'Russian'."
        : "Write an ISO 3166 code (RU, RUS, 643), an English name (Russia) or a demonym (Russian).",
  };
};
