/**
 * The keys names are indexed and looked up under, so that "St. Petersburg", "Saint-Petersburg" and
 * "saint petersburg" meet, as do "Zürich" and "Zurich", "the Kremlin" and "Kremlin", "Ukraine's" and "Ukraine".
 */

/** Leading words that abbreviate or translate "Saint". */
const SAINT = new Map([
  ["st", "saint"],
  ["sankt", "saint"],
  ["ste", "sainte"],
]);

/** Most names are plain ASCII words; they skip the Unicode work below (a fast path for index building). */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

const wordsOf = (name: string): string[] =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/['’‘`.]/g, "")
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");

/**
 * Folds case and accents, drops a possessive "'s", apostrophes, dots and a leading "the", turns other
 * punctuation into spaces and spells out a leading "St."/"Sankt" as "saint".
 */
export const normalizeName = (name: string): string => {
  const words = PLAIN.test(name) ? name.toLowerCase().split(" ") : wordsOf(name);
  if (words[0] === "the") words.shift();
  const first = words[0] === undefined ? undefined : SAINT.get(words[0]);
  if (first !== undefined) words[0] = first;
  return words.join(" ");
};

/** Words that name the kind of a first-order division: "Kaluga region", "Kaluga Oblast", "Kyiv City". */
const DIVISION_WORDS = new Set([
  "oblast",
  "region",
  "province",
  "state",
  "governorate",
  "prefecture",
  "county",
  "krai",
  "kray",
  "district",
  "territory",
  "voivodeship",
  "canton",
  "department",
  "city",
]);

/** The key without a trailing division word ("kaluga region" -> "kaluga"), or undefined when it has none. */
export const withoutDivisionWord = (key: string): string | undefined => {
  const cut = key.lastIndexOf(" ");
  return cut > 0 && DIVISION_WORDS.has(key.slice(cut + 1)) ? key.slice(0, cut) : undefined;
};

/** Splits "Paris, Texas" into the name and its qualifier; undefined when there is no comma. */
export const splitQualifier = (text: string): { readonly name: string; readonly qualifier: string } | undefined => {
  const comma = text.lastIndexOf(",");
  if (comma <= 0) return undefined;
  const name = text.slice(0, comma).trim();
  const qualifier = text.slice(comma + 1).trim();
  return name && qualifier ? { name, qualifier } : undefined;
};
