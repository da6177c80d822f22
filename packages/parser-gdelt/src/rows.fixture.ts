import { type GdeltColumn, type GdeltVersion, layoutOf } from "./columns";

/**
 * Builds GDELT rows for tests: a realistic GDELT 2.0 row (Russia expels two US diplomats, placed in Moscow)
 * whose columns a test overrides by name. Columns a layout lacks are dropped, as GDELT 1.0 lacks them.
 */
export const BASE_ROW: Readonly<Partial<Record<GdeltColumn, string | number>>> = {
  GLOBALEVENTID: 900000001,
  SQLDATE: 20191024,
  MonthYear: 201910,
  Year: 2019,
  FractionDate: 2019.8055,
  Actor1Code: "RUSGOV",
  Actor1Name: "RUSSIA",
  Actor1CountryCode: "RUS",
  Actor1Type1Code: "GOV",
  Actor2Code: "USAGOV",
  Actor2Name: "UNITED STATES",
  Actor2CountryCode: "USA",
  Actor2Type1Code: "GOV",
  IsRootEvent: 1,
  EventCode: "174",
  EventBaseCode: "174",
  EventRootCode: "17",
  QuadClass: 4,
  GoldsteinScale: "-5.0",
  NumMentions: 10,
  NumSources: 3,
  NumArticles: 10,
  AvgTone: "-5.27306967984935",
  Actor1Geo_Type: 4,
  Actor1Geo_FullName: "Moscow, Moskva, Russia",
  Actor1Geo_CountryCode: "RS",
  Actor1Geo_ADM1Code: "RS48",
  Actor1Geo_ADM2Code: "25283",
  Actor1Geo_Lat: "55.7522",
  Actor1Geo_Long: "37.6156",
  Actor1Geo_FeatureID: "-2960561",
  Actor2Geo_Type: 1,
  Actor2Geo_FullName: "United States",
  Actor2Geo_CountryCode: "US",
  Actor2Geo_ADM1Code: "US",
  Actor2Geo_Lat: "39.828175",
  Actor2Geo_Long: "-98.5795",
  Actor2Geo_FeatureID: "US",
  ActionGeo_Type: 4,
  ActionGeo_FullName: "Moscow, Moskva, Russia",
  ActionGeo_CountryCode: "RS",
  ActionGeo_ADM1Code: "RS48",
  ActionGeo_ADM2Code: "25283",
  ActionGeo_Lat: "55.7522",
  ActionGeo_Long: "37.6156",
  ActionGeo_FeatureID: "-2960561",
  DATEADDED: 20191024143000,
  SOURCEURL: "https://www.example.org/news/russia-expels-us-diplomats",
};

/** Empties a place block, as GDELT writes a row without that place. */
export const NO_PLACE = (block: "ActionGeo" | "Actor1Geo" | "Actor2Geo") =>
  Object.fromEntries(
    ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((f) => [
      `${block}_${f}`,
      f === "Type" ? 0 : "",
    ]),
  ) as Partial<Record<GdeltColumn, string | number>>;

/** One row in a layout, from the base row and the overrides. */
export const gdeltRow = (
  overrides: Partial<Record<GdeltColumn, string | number>> = {},
  version: GdeltVersion = "2.0",
): string => {
  const values = { ...BASE_ROW, ...(version === "2.0" ? {} : { DATEADDED: 20191024 }), ...overrides };
  return layoutOf(version)
    .columns.map((column) => String(values[column] ?? ""))
    .join("\t");
};

/** A row with a CAMEO code and its base and root columns set to agree. */
export const codeColumns = (code: string) => ({
  EventCode: code,
  EventBaseCode: code.slice(0, 3),
  EventRootCode: code.slice(0, 2),
});
