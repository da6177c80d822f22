import { type Diagnostic, excerpt, type Position, TradecraftError } from "@tradecraft/core";

/** Every problem this package reports, with what to do about it. */
export const GDELT_PROBLEMS = {
  TC_GDELT_COLUMN_COUNT: {
    severity: "error",
    hint: "GDELT event exports have 61 tab-separated columns (2.0), 58 (1.0 daily files) or 57 (1.0 historical backfile), the same on every row: check that this is an events file (not mentions or GKG) and that no tab was lost or added.",
  },
  TC_GDELT_BAD_NUMBER: {
    severity: "error",
    hint: "GDELT writes integers and decimals with a dot; text in a number column usually means the row's columns are shifted by a lost or added tab.",
  },
  TC_GDELT_BAD_DATE: {
    severity: "error",
    hint: "SQLDATE is YYYYMMDD; DATEADDED is YYYYMMDDHHMMSS (UTC) in GDELT 2.0 and YYYYMMDD in 1.0.",
  },
  TC_GDELT_BAD_CAMEO: {
    severity: "error",
    hint: "CAMEO event codes are 2 to 4 digits kept as text (leading zeros matter: 042), EventBaseCode is the code's first 3 digits and EventRootCode its first 2. A code like 42 means the file went through a tool that read it as a number.",
  },
  TC_GDELT_UNKNOWN_CAMEO: {
    severity: "error",
    hint: "The code is not in GDELT's CAMEO list (cameoLabel() knows every code): the row is corrupt, or its columns are shifted.",
  },
  TC_GDELT_BAD_ACTOR_COUNTRY: {
    severity: "error",
    hint: "Actor country codes are three upper-case letters (CAMEO: ISO alpha-3 plus regions such as EUR): the row is corrupt, or its columns are shifted.",
  },
  TC_GDELT_BAD_GEO: {
    severity: "error",
    hint: "Geo_Type is 0 (none) to 5; latitudes lie in -90..90 and longitudes in -180..180. The row is corrupt, or its columns are shifted.",
  },
  TC_GDELT_UNKNOWN_FIPS: {
    severity: "error",
    hint: "GDELT's Geo_CountryCode columns hold FIPS 10-4 codes (GM is Germany); fipsCountry() knows all of them. The row is corrupt, or its columns are shifted.",
  },
  TC_GDELT_LINE_TOO_LONG: {
    severity: "error",
    hint: "GDELT rows are a few kilobytes at most: check that the file is a GDELT export, or raise maxLineLength.",
  },
  TC_GDELT_INVALID_UTF8: {
    severity: "error",
    hint: "GDELT files are UTF-8: re-download the file, or re-encode it (iconv -t UTF-8).",
  },
  TC_GDELT_ZIP_TOO_LARGE: {
    severity: "error",
    hint: "The archive unzips to more than maxDecompressedBytes: raise the option if the file is a genuine GDELT export, otherwise it may be a zip bomb.",
  },
  TC_GDELT_ZIP_CORRUPT: {
    severity: "error",
    hint: "The zip archive is damaged or truncated: download it again (GDELT publishes an MD5 for each file in its masterfilelist).",
  },
  TC_GDELT_ZIP_EMPTY: {
    severity: "error",
    hint: "The zip archive holds no file: GDELT's archives hold one .export.CSV each.",
  },
  TC_GDELT_ZIP_EXTRA_FILE: {
    severity: "warning",
    hint: "Only the archive's first file is read (GDELT's archives hold one): unzip the archive and parse each file on its own.",
  },
  TC_GDELT_COMPRESSION_UNSUPPORTED: {
    severity: "error",
    hint: "Only zip archives (as GDELT publishes them) and plain text are read: decompress the file first (gunzip).",
  },
  TC_GDELT_OPTIONS: {
    severity: "error",
    hint: "See the options table in the @tradecraft/parser-gdelt README.",
  },
} as const satisfies Record<string, { severity: Diagnostic["severity"]; hint: string }>;

export type GdeltProblemCode = keyof typeof GDELT_PROBLEMS;

/** A diagnostic of this package: its code's severity and hint, the message, and where. */
export const gdeltDiagnostic = (
  code: GdeltProblemCode,
  message: string,
  details: { position?: Position; path?: (string | number)[]; excerpt?: string } = {},
): Diagnostic => ({
  code,
  severity: GDELT_PROBLEMS[code].severity,
  message,
  hint: GDELT_PROBLEMS[code].hint,
  ...(details.position === undefined ? {} : { position: details.position }),
  ...(details.path === undefined ? {} : { path: details.path }),
  ...(details.excerpt === undefined ? {} : { excerpt: excerpt(details.excerpt) }),
});

/** A problem that stops reading the input (a zip bomb, a damaged archive), thrown by the input layer. */
export const gdeltError = (code: GdeltProblemCode, message: string): TradecraftError =>
  new TradecraftError({ code, message, hint: GDELT_PROBLEMS[code].hint });
