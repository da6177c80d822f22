// Benchmarks @tradecraft/parser-text as a user gets it (the built package, with the real gazetteer): articles per
// second and peak memory on 10,000 generated articles, in a child process of its own, and the dev-corpus F1 of
// the extraction scorer beside them. Run on demand: `pnpm run build && pnpm --filter @tradecraft/bench text`.
import { execFileSync, execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ARTICLES = Number(process.env.ARTICLES ?? 10_000);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

/** A small deterministic generator (mulberry32), so every run reads the same articles. */
const random = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const STATES = [
  ["Poland", "Polish", "Warsaw"],
  ["Germany", "German", "Berlin"],
  ["France", "French", "Paris"],
  ["Britain", "British", "London"],
  ["Estonia", "Estonian", "Tallinn"],
  ["Norway", "Norwegian", "Oslo"],
  ["the Netherlands", "Dutch", "Amsterdam"],
  ["Russia", "Russian", "Moscow"],
  ["China", "Chinese", "Beijing"],
  ["the United States", "American", "Washington"],
  ["Japan", "Japanese", "Tokyo"],
  ["Bulgaria", "Bulgarian", "Sofia"],
];
const CITIES = [
  "Hamburg",
  "Lyon",
  "Gdansk",
  "Manchester",
  "Bergen",
  "Rotterdam",
  "Osaka",
  "Varna",
  "Seattle",
  "Munich",
];
const PEOPLE = ["Anton Volkov", "Marta Kowalska", "Ivan Sorokin", "Lena Berg", "Oleg Markov", "Nina Petrova"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];
const NUMBERS = ["two", "three", "four", "five", "six", "seven", "ten", "12", "15", "23", "35", "40", "45", "60"];

/** One article: a headline, five to twelve sentences of events and of background that reports none. */
const article = (next) => {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const [a, b] = [pick(STATES), pick(STATES.filter(([name]) => name !== "Russia"))];
  const [actor, actorAdj] = a[0] === "Russia" ? [b[0], b[1]] : [a[0], a[1]];
  const when = () =>
    pick([`in ${pick(MONTHS)} ${2015 + Math.floor(next() * 9)}`, "last month", "on Friday", "in 2019", ""]);
  const events = [
    () => `${actor} expelled ${pick(NUMBERS)} Russian diplomats ${when()}, the foreign ministry said.`,
    () =>
      `Moscow responded by expelling ${pick(NUMBERS)} ${actorAdj} diplomats and closing the ${actorAdj} consulate in Saint Petersburg.`,
    () => `${actorAdj} police arrested a man suspected of spying for Russia in ${pick(CITIES)} ${when()}.`,
    () => `${pick(PEOPLE)}, a former officer of the FSB, defected to ${actor} ${when()}.`,
    () => `A businessman was found dead near ${pick(CITIES)} ${when()}.`,
    () => `Russian agents tried to kill a defector in ${pick(CITIES)} ${when()}, prosecutors said.`,
    () => `${actor} imposed sanctions on ${pick(NUMBERS)} Russian officials ${when()}.`,
    () => `Officials from ${actor} and Russia held talks in Geneva ${when()}.`,
    () => `There are about ${pick(NUMBERS)} Russian diplomats in ${actor}.`,
    () => `Saboteurs set fire to a warehouse in ${pick(CITIES)} ${when()}.`,
    () => `${actor} closed the Russian consulate in ${pick(CITIES)} ${when()}.`,
  ];
  const background = [
    () => `Analysts say more expulsions could follow.`,
    () => `${actor} did not expel the ambassador.`,
    () => `The two countries plan to reopen their embassies.`,
    () => `Russian embassies have long been used as cover for intelligence work.`,
    () => `"We are watching closely," a security source told reporters.`,
    () => `Relations between ${actor} and Russia have been tense for years.`,
    () => `The ministry declined to comment on the case.`,
  ];
  const lines = [`${actor} expels Russian diplomats`, ""];
  const length = 5 + Math.floor(next() * 8);
  for (let i = 0; i < length; i++)
    lines.push((next() < 0.55 ? pick(events) : pick(background))().replace(/ +\./g, "."));
  return lines.join("\n");
};

/** The child: extracts every article and reports the time and the memory it took. */
const child = async () => {
  const { extractEvents } = await import("@tradecraft/parser-text");
  const { gazetteer } = await import("@tradecraft/gazetteer");
  const next = random(20_26);
  const texts = Array.from({ length: ARTICLES }, () => article(next));
  const characters = texts.reduce((sum, t) => sum + t.length, 0);
  extractEvents(texts[0], { gazetteer, published: "2024-05-15" }); // load the model and the gazetteer's indexes
  const start = performance.now();
  let events = 0;
  for (const text of texts) events += extractEvents(text, { gazetteer, published: "2024-05-15" }).length;
  const seconds = (performance.now() - start) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ articles: ARTICLES, characters, events, seconds, peakRss }));
};

/**
 * Runs the child on `articles` generated articles and scores the dev corpus: `{ run, f1 }`, where `f1` is
 * undefined when `../shared` (the corpus and its scorer) is not beside the repository. Used by `run.mjs` (5).
 */
export const measureText = ({ articles = ARTICLES } = {}) => {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child"], {
    cwd: here,
    encoding: "utf8",
    env: { ...process.env, ARTICLES: String(articles) },
    maxBuffer: 1 << 20,
  });
  const run = JSON.parse(out.trim().split("\n").at(-1));
  return { run, f1: scoreDevCorpus() };
};

/** The extraction scorer of ../shared on the dev corpus, through the CLI as a user runs it; undefined without it. */
const scoreDevCorpus = () => {
  const scorer = join(root, "..", "shared", "tools", "score-extraction.mjs");
  const corpus = join(root, "..", "shared", "corpus", "dev");
  if (!existsSync(scorer) || !existsSync(corpus)) return undefined;
  const summary = JSON.parse(
    execSync(`node ${scorer} --corpus ${corpus} --run 'pnpm -s exec tradecraft extract {in} {args} --to csv' --json`, {
      cwd: root,
      encoding: "utf8",
    })
      .split("\nF1 ")[0]
      .trim(),
  );
  return { f1: summary.f1, precision: summary.precision, recall: summary.recall };
};

const parent = () => {
  const { run, f1: score } = measureText();
  const f1 =
    score === undefined
      ? "n/a (no ../shared beside the repository)"
      : `${score.f1.toFixed(3)} (precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)})`;
  console.log(`parser-text on ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}`);
  console.log(`| measure | value |\n| --- | --- |`);
  console.log(`| articles (generated, 5-12 sentences each) | ${run.articles.toLocaleString("en")} |`);
  console.log(`| characters | ${run.characters.toLocaleString("en")} |`);
  console.log(`| events extracted | ${run.events.toLocaleString("en")} |`);
  console.log(`| articles per second | ${Math.round(run.articles / run.seconds).toLocaleString("en")} |`);
  console.log(`| characters per second | ${Math.round(run.characters / run.seconds).toLocaleString("en")} |`);
  console.log(`| peak memory (RSS of the child process) | ${(run.peakRss / 1e6).toFixed(0)} MB |`);
  console.log(`| dev-corpus F1 | ${f1} |`);
};

if (process.argv.includes("--child")) await child();
else if (process.argv[1] === fileURLToPath(import.meta.url)) parent();
