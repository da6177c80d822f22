/**
 * The column layouts of GDELT event exports, from the GDELT 2.0 Event Codebook and the GDELT 1.0 codebook.
 * The files are tab-separated whatever their `.CSV` name says, have no header row, and tell their layout only by
 * their number of columns: 61 for GDELT 2.0; 58 for GDELT 1.0 daily files (from April 2013: no `*_ADM2Code`
 * columns); 57 for the GDELT 1.0 historical backfile (no `SOURCEURL` either).
 */

/** The 61 columns of a GDELT 2.0 event export, in order. */
export const GDELT_V2_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

export type GdeltColumn = (typeof GDELT_V2_COLUMNS)[number];

/** Which GDELT event format a row is in. */
export type GdeltVersion = "2.0" | "1.0-daily" | "1.0-historical";

export interface GdeltLayout {
  readonly version: GdeltVersion;
  readonly columns: readonly GdeltColumn[];
  /** Where each column sits in a row; absent for the columns the format lacks. */
  readonly index: Readonly<Partial<Record<GdeltColumn, number>>>;
}

const layout = (version: GdeltVersion, columns: readonly GdeltColumn[]): GdeltLayout => ({
  version,
  columns,
  index: Object.fromEntries(columns.map((name, i) => [name, i])),
});

const V1_DAILY_COLUMNS = GDELT_V2_COLUMNS.filter((name) => !name.endsWith("_ADM2Code"));

/** The three layouts, keyed by their column count. */
export const GDELT_LAYOUTS: ReadonlyMap<number, GdeltLayout> = new Map(
  [
    layout("2.0", GDELT_V2_COLUMNS),
    layout("1.0-daily", V1_DAILY_COLUMNS),
    layout(
      "1.0-historical",
      V1_DAILY_COLUMNS.filter((name) => name !== "SOURCEURL"),
    ),
  ].map((l) => [l.columns.length, l]),
);

/** The layout of a row with this many columns, or undefined when no GDELT event format has that many. */
export const layoutForColumnCount = (count: number): GdeltLayout | undefined => GDELT_LAYOUTS.get(count);

/** The layout of a version. */
export const layoutOf = (version: GdeltVersion): GdeltLayout =>
  [...GDELT_LAYOUTS.values()].find((l) => l.version === version) as GdeltLayout;
