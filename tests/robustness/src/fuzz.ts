import { readFileSync } from "node:fs";
import { type ParseRecord, type ParserInput, parseNdjson, parseWith } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { parseCsv } from "@tradecraft/parser-csv";
import { parseGdelt } from "@tradecraft/parser-gdelt";
import { textParser } from "@tradecraft/parser-text";
import fc from "fast-check";
import { registry } from "./registry";

/**
 * One fuzz harness for every parser. A target names its parser, real-shaped seeds to mutate, and how many records
 * an input holds when that can be counted without the parser; adding a parser is one entry in FUZZ_TARGETS.
 */
export interface FuzzTarget {
  readonly name: string;
  readonly seeds: readonly string[];
  parse(input: ParserInput): AsyncIterable<ParseRecord<unknown>>;
  /** Records in a (decoded) input; without it, the count is only bounded by the input's lines. */
  records?(text: string): number;
  /** The most records an input may give, for parsers whose records are not lines (prose); default: its lines. */
  maxRecords?(text: string): number;
}

const repo = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, repo), "utf8");
const linesOf = (text: string) => text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);

const spreadsheet = [
  "Date,Expelling country,Expelled from,Number,Notes,Ignored",
  '14/03/2018,United Kingdom,Russia,23,"London ordered 23 diplomats out, within a week",x',
  '26/03/2018,US,RU,about 60,"Seattle consulate closed; ""retaliation""",',
  "2018-03-27,Germany,Russian Federation,4,,",
].join("\r\n");

/** Articles in our own words, shaped like the news the text parser reads: headline, dateline, quotes, numbers. */
const ARTICLES = [
  [
    "Norway expels three Russian diplomats over spying",
    "",
    "OSLO (Reuters) - Norway on Tuesday ordered three Russian diplomats to leave the country within a week, saying they had worked for the GRU under diplomatic cover.",
    '"Their activities are incompatible with their status," Foreign Minister Kari Lund told reporters.',
    "Moscow said it would respond. Last month Oslo closed the Russian consulate in Kirkenes, and in 2019 it arrested a U.S.-born engineer on suspicion of passing secrets to China.",
    "About 60 Russian diplomats remain in Norway, according to the ministry.",
  ].join("\n"),
  [
    "Poland charges two men with sabotage plot",
    "Warsaw, 12 March 2024 \u2014 Polish prosecutors charged two Belarusian citizens on Friday with planning to set fire to a warehouse in Wroclaw on behalf of Russian intelligence.",
    "The men, arrested in February, face up to ten years in prison. Germany and the Czech Republic have reported similar attempts; Prague expelled 18 Russian diplomats in 2021 after blaming the GRU for a depot explosion.",
    "A former FSB officer, Viktor Samoilov, defected to the United States in 2003. He was found dead near Boston last year, police said.",
  ].join("\n"),
];
const HTML_ARTICLE = `<!doctype html><html><head><title>Estonia expels Russian ambassador</title><style>p{color:red}</style><script>var x = "<p>expelled 999 diplomats</p>";</script></head><body><article><h1>Estonia expels Russian ambassador</h1><p>TALLINN &mdash; Estonia on Monday declared the Russian ambassador <i>persona non grata</i> &amp; gave him until Friday to leave.</p><p>&ldquo;Enough,&rdquo; the prime minister said. Russia retaliated by expelling two Estonian diplomats from Moscow on 5 June 2023.</p><br><ul><li>Japan arrested a Chinese researcher for industrial espionage in Osaka.</li></ul></article></body></html>`;

export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  {
    name: "NDJSON",
    seeds: [read("examples/data/events.ndjson")],
    parse: (input) => parseNdjson(input, { registry, maxLineLength: 4096 }),
    records: (text) => linesOf(text).filter((line) => line.trim() !== "").length,
  },
  {
    name: "CSV (the exporter's layout)",
    seeds: [read("examples/data/events.csv")],
    parse: (input) => parseCsv(input, { registry, maxRecordSize: 8192 }),
  },
  {
    name: "CSV (with a mapping)",
    seeds: [spreadsheet],
    parse: (input) =>
      parseCsv(input, {
        registry,
        type: "expulsion",
        dateOrder: "dmy",
        maxRecordSize: 8192,
        mapping: {
          Date: "date",
          "Expelling country": "initiator",
          "Expelled from": "target",
          Number: "count",
          Notes: "summary",
          Ignored: null,
        },
      }),
  },
  {
    name: "GDELT",
    seeds: [
      read("packages/parser-gdelt/test/fixtures/v2-20191024143000.export.tsv"),
      read("packages/parser-gdelt/test/fixtures/v1daily-20160728.export.tsv"),
      read("packages/parser-gdelt/test/fixtures/v1historical-1982.export.tsv"),
    ],
    parse: (input) => parseGdelt(input, { registry, maxLineLength: 8192 }),
    records: (text) => linesOf(text).filter((line) => line !== "").length,
  },
  {
    name: "text (plain)",
    seeds: ARTICLES,
    parse: (input) =>
      parseWith(registry, textParser, input, { published: "2024-03-12", maxCharacters: 200_000 }, { gazetteer }),
    // An event needs a trigger word with its sentence: far fewer than one per 8 characters.
    maxRecords: (text) => 1 + Math.ceil(text.length / 8),
  },
  {
    name: "text (HTML)",
    seeds: [HTML_ARTICLE, `<p>${ARTICLES.join("</p><p>")}</p>`],
    parse: (input) =>
      parseWith(
        registry,
        textParser,
        input,
        { html: true, published: "2024-03-12", maxCharacters: 200_000 },
        { gazetteer },
      ),
    maxRecords: (text) => 1 + Math.ceil(text.length / 8),
  },
];

/** Pieces that break parsers: delimiters, quotes, line ends, BOMs, NULs, lone surrogates, reserved keys. */
const HOSTILE = [
  '"',
  ",",
  ";",
  "\t",
  "\r",
  "\n",
  "\r\n",
  "\0",
  "\uFEFF",
  "\uFFFD",
  "\uD800",
  "{",
  "}",
  "[",
  "]",
  "\\",
  "=",
  "@",
  "__proto__",
  '"__proto__":{"polluted":1}',
  "constructor",
  "prototype",
  "1e999",
  "-0",
  "x".repeat(5000),
  ",".repeat(2000),
  "[".repeat(3000),
  // Prose: words that are also Object.prototype keys, sentence ends, markup, entities, long runs.
  " constructor ",
  " Constructor ",
  " __proto__ ",
  " toString ",
  " hasOwnProperty ",
  " valueOf ",
  " expelled constructor diplomats ",
  " the constructor expelled 12 __proto__ diplomats on toString ",
  "&constructor;",
  "&__proto__;",
  "&#x0;",
  "&#99999999;",
  "<constructor>",
  "<script>",
  "</script>",
  "<!--",
  "<p>",
  "</p>",
  "<",
  ">",
  "Mr.",
  "U.S.",
  "...",
  "\u2028",
  "\u00A0",
  ". ",
  " ".repeat(3000),
  "expelled ".repeat(400),
  "Russian ".repeat(400),
  "1".repeat(400),
];

type Mutation = (text: string) => string;
const at = (text: string, fraction: number) => Math.floor(fraction * (text.length + 1));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...HOSTILE)).map(
    ([where, piece]): Mutation =>
      (text) =>
        text.slice(0, at(text, where)) + piece + text.slice(at(text, where)),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 })).map(
    ([where, length]): Mutation =>
      (text) =>
        text.slice(0, at(text, where)) + text.slice(at(text, where) + length),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 500 })).map(
    ([where, length]): Mutation =>
      (text) => {
        const start = at(text, where);
        return text.slice(0, start) + text.slice(start, start + length).repeat(2) + text.slice(start);
      },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: "binary", maxLength: 8 })).map(
    ([where, replacement]): Mutation =>
      (text) =>
        text.slice(0, at(text, where)) + replacement + text.slice(at(text, where) + replacement.length),
  ),
);

/** An input as a parser may get it: text, bytes, or either cut into chunks at arbitrary places. */
export interface FuzzInput {
  readonly text: string;
  readonly bytes?: Uint8Array;
  readonly chunkSizes: readonly number[];
}

/** Mutated seeds, random text, and random bytes (invalid UTF-8 included). */
export const fuzzInput = (target: FuzzTarget): fc.Arbitrary<FuzzInput> => {
  const chunkSizes = fc.array(fc.integer({ min: 1, max: 4096 }), { maxLength: 4 });
  const mutated = fc
    .tuple(fc.constantFrom(...target.seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => mutations.reduce((text, mutate) => mutate(text), seed));
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc
      .tuple(fc.constantFrom(...target.seeds), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat())
      .map(([seed, garbage, where]) => {
        const encoded = new TextEncoder().encode(seed);
        const cut = where % (encoded.length + 1);
        return Uint8Array.from([...encoded.subarray(0, cut), ...garbage, ...encoded.subarray(cut)]);
      }),
  );
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ text: mutated, chunkSizes }) },
    { weight: 2, arbitrary: fc.record({ text: fc.string({ unit: "binary", maxLength: 2000 }), chunkSizes }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(bytes, chunkSizes)
        .map(([raw, sizes]) => ({ text: new TextDecoder().decode(raw), bytes: raw, chunkSizes: sizes })),
    },
  );
};

function* chunksOf<T extends string | Uint8Array>(whole: T, sizes: readonly number[]): Generator<T> {
  let start = 0;
  for (const size of sizes) {
    if (start >= whole.length) return;
    yield whole.slice(start, start + size) as T;
    start += size;
  }
  if (start < whole.length) yield whole.slice(start) as T;
}

export interface FuzzOutcome {
  readonly items: number;
  readonly events: number;
  readonly diagnostics: number;
  readonly skips: number;
  readonly fileDiagnostics: number;
  readonly milliseconds: number;
}

/** Parses one input, checking the accounting: every record ends as one event, diagnostic or counted skip. */
export const fuzzOnce = async (target: FuzzTarget, input: FuzzInput): Promise<FuzzOutcome> => {
  const started = performance.now();
  const whole = input.bytes ?? input.text;
  const counts = { items: 0, events: 0, diagnostics: 0, skips: 0, fileDiagnostics: 0 };
  for await (const record of target.parse(chunksOf(whole, input.chunkSizes))) {
    counts.items += 1;
    if (record.kind === "event") counts.events += 1;
    else if (record.kind === "skip") counts.skips += 1;
    else if (target.records === undefined && record.diagnostic.position?.record === undefined) {
      // A problem with the file as a whole (the header, the mapping) rather than with one record.
      counts.fileDiagnostics += 1;
    } else counts.diagnostics += 1;
  }
  const milliseconds = performance.now() - started;
  const expected = target.records?.(input.text);
  if (expected !== undefined && counts.items !== expected) {
    throw new Error(`${target.name}: ${expected} records in, ${JSON.stringify(counts)} out`);
  }
  const most = target.maxRecords?.(input.text) ?? linesOf(input.text).length;
  if (counts.items - counts.fileDiagnostics > most)
    throw new Error(`${target.name}: more records out (${counts.items}) than the input can hold (${most})`);
  if ((Object.prototype as Record<string, unknown>).polluted !== undefined) {
    throw new Error(`${target.name}: Object.prototype polluted`);
  }
  return { ...counts, milliseconds };
};
