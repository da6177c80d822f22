import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";

/**
 * ISO 3166-1 codes (alpha-2, alpha-3, numeric) and English names through `i18n-iso-countries`, plus the
 * ISO 3166-3 codes of states that no longer exist but fill this domain's history (the Soviet Union expelled
 * and was expelled for decades), and Kosovo's user-assigned XK, which governments and GDELT use.
 */

export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  /** Three digits as a string, as ISO writes it (`"643"`); absent for XK. */
  readonly numeric?: string;
  readonly name: string;
  /** Other English names the package or this module knows. */
  readonly aliases: readonly string[];
  /** Set for ISO 3166-3 codes: the state's last year, for date checks. */
  readonly dissolved?: number;
  /** Current codes that succeeded a dissolved state. */
  readonly successors?: readonly string[];
  readonly historical: boolean;
}

/** Formerly used codes (ISO 3166-3) that the domain meets, and XK. */
const EXTRA_COUNTRIES: readonly Country[] = [
  {
    alpha2: "SU",
    alpha3: "SUN",
    numeric: "810",
    name: "Soviet Union",
    aliases: ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
    dissolved: 1991,
    successors: ["RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ", "EE", "LV", "LT"],
    historical: true,
  },
  {
    alpha2: "YU",
    alpha3: "YUG",
    numeric: "891",
    name: "Yugoslavia",
    aliases: ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"],
    dissolved: 2003,
    successors: ["RS", "ME", "HR", "SI", "BA", "MK", "XK"],
    historical: true,
  },
  {
    alpha2: "CS",
    alpha3: "CSK",
    numeric: "200",
    name: "Czechoslovakia",
    aliases: ["Czechoslovak Socialist Republic", "Czech and Slovak Federative Republic"],
    dissolved: 1992,
    successors: ["CZ", "SK"],
    historical: true,
  },
  {
    alpha2: "DD",
    alpha3: "DDR",
    numeric: "278",
    name: "East Germany",
    aliases: ["German Democratic Republic", "GDR"],
    dissolved: 1990,
    successors: ["DE"],
    historical: true,
  },
  {
    alpha2: "YD",
    alpha3: "YMD",
    numeric: "720",
    name: "South Yemen",
    aliases: ["People's Democratic Republic of Yemen"],
    dissolved: 1990,
    successors: ["YE"],
    historical: true,
  },
  {
    alpha2: "ZR",
    alpha3: "ZAR",
    numeric: "180",
    name: "Zaire",
    aliases: [],
    dissolved: 1997,
    successors: ["CD"],
    historical: true,
  },
  {
    alpha2: "BU",
    alpha3: "BUR",
    numeric: "104",
    name: "Burma",
    aliases: [],
    dissolved: 1989,
    successors: ["MM"],
    historical: true,
  },
  {
    alpha2: "XK",
    alpha3: "XKX",
    name: "Kosovo",
    aliases: ["Republic of Kosovo"],
    historical: false,
  },
];

/** Short names that read better in summaries than the package's first (often official) name. */
const COMMON_NAMES: Readonly<Record<string, string>> = {
  CN: "China",
  CZ: "Czechia",
  GM: "Gambia",
  IR: "Iran",
  LA: "Laos",
  MD: "Moldova",
  MK: "North Macedonia",
  PS: "Palestine",
  RU: "Russia",
  SY: "Syria",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  VA: "Vatican City",
  FM: "Micronesia",
};
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  VA: ["Vatican"],
  GB: ["Britain", "U.K."],
  KP: ["DPRK"],
  // Burma is what many still call Myanmar; the historical code BU is for dates before 1989.
  MM: ["Burma"],
};

let index:
  | {
      byAlpha2: Map<string, Country>;
      byAlpha3: Map<string, Country>;
      byNumeric: Map<string, Country>;
      byName: Map<string, Country>;
    }
  | undefined;

const normalizeName = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/&/g, "and")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

// Built on first use, so importing core costs nothing until a country is looked up.
const getIndex = () => {
  if (index) return index;
  countries.registerLocale(english);
  const all: Country[] = Object.entries(countries.getAlpha2Codes()).map(([alpha2, alpha3]) => {
    const names = [countries.getName(alpha2, "en", { select: "all" }) ?? []].flat();
    const numeric = countries.alpha2ToNumeric(alpha2);
    const common = COMMON_NAMES[alpha2] ?? names[0] ?? alpha2;
    return {
      alpha2,
      alpha3,
      ...(numeric === undefined ? {} : { numeric }),
      name: common,
      aliases: [...names, ...(EXTRA_ALIASES[alpha2] ?? [])].filter((n) => n !== common),
      historical: false,
    };
  });
  all.push(...EXTRA_COUNTRIES);
  const byAlpha2 = new Map(all.map((c) => [c.alpha2, c]));
  const byAlpha3 = new Map(all.map((c) => [c.alpha3, c]));
  // ISO reuses some numbers (180 was Zaire, is the DR Congo): the current country keeps the number.
  const byNumeric = new Map<string, Country>();
  for (const c of all) if (c.numeric !== undefined && !byNumeric.has(c.numeric)) byNumeric.set(c.numeric, c);
  const byName = new Map<string, Country>();
  // The first country to claim a name keeps it ("Congo" stays the Republic of the Congo).
  for (const c of all) {
    for (const n of [c.name, ...c.aliases]) if (!byName.has(normalizeName(n))) byName.set(normalizeName(n), c);
  }
  index = { byAlpha2, byAlpha3, byNumeric, byName };
  return index;
};

/** Every known country: current ISO 3166-1 entries, then the historical and user-assigned ones. */
export const listCountries = (): readonly Country[] => [...getIndex().byAlpha2.values()];

/**
 * Finds a country by alpha-2, alpha-3, numeric code or English name (case, accents, dots and a leading
 * "the" ignored). Returns undefined when nothing matches.
 */
export const lookupCountry = (query: string | number): Country | undefined => {
  const { byAlpha2, byAlpha3, byNumeric, byName } = getIndex();
  if (typeof query === "number") return byNumeric.get(String(query).padStart(3, "0"));
  const text = query.trim();
  if (/^\d{1,3}$/.test(text)) return byNumeric.get(text.padStart(3, "0"));
  if (/^[A-Za-z]{2}$/.test(text)) return byAlpha2.get(text.toUpperCase()) ?? byName.get(normalizeName(text));
  if (/^[A-Za-z]{3}$/.test(text)) return byAlpha3.get(text.toUpperCase()) ?? byName.get(normalizeName(text));
  return byName.get(normalizeName(text));
};

/** True for an upper-case alpha-2 code that is current, historical (ISO 3166-3) or XK. */
export const isCountryCode = (code: string): boolean => getIndex().byAlpha2.has(code);

/** The alpha-2 code for any code or name, or undefined. */
export const toAlpha2 = (query: string | number): string | undefined => lookupCountry(query)?.alpha2;

/** The alpha-3 code for any code or name, or undefined. */
export const toAlpha3 = (query: string | number): string | undefined => lookupCountry(query)?.alpha3;

/** The English short name for any code or name, or undefined. */
export const countryName = (query: string | number): string | undefined => lookupCountry(query)?.name;
