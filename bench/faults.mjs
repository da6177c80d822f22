// A clean dataset and its faulty twin, for the validators: the twin has faults of every kind the validators look
// for injected at known events, with the list of findings expected (rule id, event id). The clean dataset must
// raise no error and no warning; the faulty one exactly the expected findings. Deterministic: same options, same
// datasets. Geography matches `fake-gazetteer.mjs`.

import { CITIES, fakeGazetteer } from "./fake-gazetteer.mjs";

const DAY = 86_400_000;
const STATES = [...new Set(CITIES.map(([, code]) => code))];
const citiesOf = (code) => CITIES.filter(([, country]) => country === code);

/** A small, fast, seedable PRNG (mulberry32), as in generate-events.mjs. */
const random = (seed) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

const ENTITIES = [
  { id: "org:ru-mod", kind: "organization", name: "Ministry of Defence", organizationType: "ministry", country: "RU" },
  {
    id: "org:ru-gru",
    kind: "organization",
    name: "Main Intelligence Directorate",
    organizationType: "intelligence_service",
    country: "RU",
    parent: "org:ru-mod",
    abbreviations: ["GRU"],
  },
  { id: "org:gb-met", kind: "organization", name: "Metropolitan Police", organizationType: "police", country: "GB" },
  { id: "state:france", kind: "state", name: "France", country: "FR" },
  ...Array.from({ length: 20 }, (_, k) => ({
    id: `person:agent-${k}`,
    kind: "person",
    name: `Agent ${k}`,
    nationalities: ["RU"],
    affiliations: ["org:ru-gru"],
  })),
];

/** A synthetic article: sentence after sentence, so evidence offsets have text to point into. */
const articleText = (i, sentences) =>
  Array.from({ length: sentences }, (_, s) => `Sentence ${s} of report ${i} describes the events in plain words.`).join(
    " ",
  );

/** The location of a measure: in the state where it takes place (a city of it, or the country alone). */
const locate = (next, code) => {
  const cities = citiesOf(code);
  if (cities.length === 0 || next() < 0.2) return { country: code };
  const [city, country, lat, lon] = cities[Math.floor(next() * cities.length)];
  return { city, country, lat, lon, precision: "city" };
};

/**
 * Builds the clean dataset: expulsions (half of them answered by a reverse expulsion), closures, arrests with
 * their later convictions, talks, presences, a wave of expulsions with its members, and a few Cold War events.
 */
const cleanDataset = (size, seed) => {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const pair = () => {
    const initiator = pick(STATES);
    let target = pick(STATES);
    while (target === initiator) target = pick(STATES);
    return [initiator, target];
  };
  const events = [];
  const sources = [];
  const start = Date.UTC(1995, 0, 2);
  const cite = (i, date) => {
    const published = day(date + (1 + Math.floor(next() * 3)) * DAY);
    if (i % 2 === 1) {
      return [
        { publisher: "Example Wire", title: `Report ${i}`, url: `https://wire.example.org/news/${i}`, published },
      ];
    }
    const text = articleText(i, 6);
    const from = 63 * Math.floor(next() * 5);
    sources.push({
      id: `src-${i}`,
      publisher: "Daily Example",
      title: `Report ${i}`,
      url: `https://daily.example.com/${i}`,
      published,
      text,
    });
    const span = { start: from, end: from + 40 };
    return [{ source: `src-${i}`, evidence: i % 4 === 0 ? { ...span, text: text.slice(span.start, span.end) } : span }];
  };
  const add = (event, date) => {
    events.push({ ...event, date: day(date), sources: cite(events.length, date) });
    return events.at(-1);
  };

  // Cold War: the Soviet Union as an actor, and as the country of Moscow, before 1991.
  for (let k = 0; k < 4; k++) {
    const date = Date.UTC(1983 + k, 3, 5);
    const [expelling, expelled] = k % 2 === 0 ? ["FR", "SU"] : ["SU", "FR"];
    const location =
      expelling === "SU"
        ? { city: "Moscow", country: "SU", lat: 55.7558, lon: 37.6173, precision: "city" }
        : locate(next, "FR");
    add(
      { id: `cold-war-${k}`, type: "expulsion", initiator: expelling, target: expelled, count: 4 + k, location },
      date,
    );
  }

  for (let i = 0; events.length < size; i++) {
    const date = start + i * 5 * DAY;
    const [initiator, target] = pair();
    const kind = i % 10;
    const id = `evt-${i}`;
    if (kind <= 2) {
      const expulsion = add(
        {
          id,
          type: "expulsion",
          initiator: i % 20 === 0 && initiator === "FR" ? "state:france" : initiator,
          target,
          count: 1 + Math.floor(next() * 40),
          location: locate(next, initiator),
          personaNonGrata: true,
        },
        date,
      );
      if (kind === 0) {
        add(
          {
            id: `${id}-answer`,
            type: "expulsion",
            initiator: target,
            target: initiator,
            count: expulsion.count,
            location: locate(next, target),
            relations: [{ kind: "retaliation_for", event: id }],
          },
          date + 3 * DAY,
        );
      }
    } else if (kind === 3) {
      add(
        { id, type: "mission_closure", initiator, target, missionKind: "consulate", location: locate(next, initiator) },
        date,
      );
    } else if (kind === 4 || kind === 5) {
      const agents = [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => `person:agent-${(i + k) % 20}`);
      const arrest = add(
        {
          id,
          type: "arrest",
          initiator: "GB",
          target: "RU",
          authority: "org:gb-met",
          accusation: "espionage",
          count: agents.length + (i % 2),
          countQualifier: "exact",
          location: locate(next, "GB"),
          participants: agents.map((entity) => ({ entity, role: "subject", affiliation: "org:ru-gru" })),
        },
        date,
      );
      if (kind === 5) {
        add(
          {
            id: `${id}-conviction`,
            type: "conviction",
            initiator: "GB",
            target: "RU",
            count: agents.length,
            participants: arrest.participants,
            relations: [{ kind: "follows", event: id }],
            location: { country: "GB" },
          },
          date + 200 * DAY,
        );
      }
    } else if (kind === 6) {
      add({ id, type: "talks", initiator, target, location: locate(next, pick([initiator, target])) }, date);
    } else if (kind === 7) {
      add(
        {
          id,
          type: "presence",
          initiator,
          target,
          count: 20 + Math.floor(next() * 200),
          location: locate(next, target),
        },
        date,
      );
    } else if (kind === 8) {
      // A coordinated wave: the whole, and three members part of it.
      add({ id, type: "expulsion", target: "RU", location: { name: "Europe" }, tags: ["wave"] }, date);
      for (const [m, member] of ["DE", "PL", "CZ"].entries()) {
        add(
          {
            id: `${id}-member-${m}`,
            type: "expulsion",
            initiator: member,
            target: "RU",
            count: 2 + m,
            location: locate(next, member),
            relations: [{ kind: "part_of", event: id }],
          },
          date + m * DAY,
        );
      }
    } else {
      add({ id, type: "defection", initiator, target, count: 1, location: locate(next, initiator) }, date);
    }
  }
  events.length = size;
  const cited = new Set(events.flatMap((event) => event.sources.map((citation) => citation.source)));
  return {
    meta: { title: "Synthetic events for the validators' fault-injection test" },
    events,
    entities: ENTITIES,
    sources: sources.filter((source) => cited.has(source.id)),
  };
};

/** Every kind of fault, with the finding it must raise and whether only a dataset (not a stream) can show it. */
const FAULTS = [
  { kind: "swapped coordinates", rule: "geography.swapped-coordinates" },
  { kind: "point outside its country", rule: "geography.outside-country" },
  { kind: "0,0", rule: "geography.null-island" },
  { kind: "country centroid claimed as a city", rule: "geography.centroid-as-place" },
  { kind: "expulsion located in the expelled state", rule: "geography.actor-location" },
  { kind: "date after its source (inline)", rule: "dates.not-after-publication" },
  { kind: "date after its source (dataset source)", rule: "dates.not-after-publication", needsDataset: true },
  { kind: "answer before its cause", rule: "dates.answer-before-cause" },
  { kind: "date in the future", rule: "dates.not-in-future" },
  { kind: "padded year", rule: "dates.implausibly-early" },
  { kind: "unknown country code", rule: "shape.schema" },
  { kind: "Soviet Union after 1991", rule: "actors.historical-country" },
  { kind: "initiator is the target", rule: "actors.same-initiator-target" },
  { kind: "dangling entity reference", rule: "actors.unknown-entity", needsDataset: true },
  { kind: "dangling entity parent", rule: "actors.unknown-entity", needsDataset: true, dataset: true },
  { kind: "count below the persons listed", rule: "counts.listed-persons" },
  { kind: "no source", rule: "sources.missing" },
  { kind: "malformed URL", rule: "sources.url" },
  { kind: "malformed URL of a dataset source", rule: "sources.url", needsDataset: true, dataset: true },
  { kind: "dangling source reference", rule: "sources.unknown-source", needsDataset: true },
  { kind: "evidence past the source's end", rule: "sources.evidence-range", needsDataset: true },
  { kind: "duplicate row", rule: "duplicates.probable" },
  { kind: "duplicate id", rule: "duplicates.same-id" },
  { kind: "dangling relation", rule: "relations.target-exists" },
  { kind: "relation to itself", rule: "relations.target-exists" },
  { kind: "part_of cycle", rule: "relations.part-of-cycle" },
];

/** Fault kinds, for tests that check every one was injected. */
export const FAULT_KINDS = FAULTS.map((fault) => fault.kind);

/**
 * Returns `{ clean, faulty, expected, now }`: two datasets of `size` events (the faulty one has two more, the
 * duplicated rows) and the findings expected from the faulty one, `{ kind, rule, eventId?, needsDataset }`.
 * `now` is the present the datasets assume (the future-date fault is a year after it).
 */
export const faultyTwins = ({ size = 600, seed = 7, now = new Date("2024-06-01T00:00:00Z") } = {}) => {
  const clean = cleanDataset(size, seed);
  const faulty = structuredClone(clean);
  const expected = [];
  const byId = new Map(faulty.events.map((event) => [event.id, event]));
  const sourceOf = (event) => faulty.sources.find((source) => source.id === event.sources[0].source);
  const referenced = new Set(faulty.events.flatMap((event) => (event.relations ?? []).map((r) => r.event)));
  // Faults go to plain events (no relation either way), each to its own, so that one fault raises one finding.
  const used = new Set();
  const take = (test) => {
    const event = faulty.events.find(
      (e) => !used.has(e.id) && !e.relations && !referenced.has(e.id) && !e.id.startsWith("cold-war") && test(e),
    );
    if (!event) throw new Error("faults.mjs: no event left to inject a fault into");
    used.add(event.id);
    return event;
  };
  const placedIn = (e, test) => e.location?.lat !== undefined && test(e.location);
  const inline = (e) => e.sources[0].source === undefined;
  const expect = (kind, eventId) => {
    const fault = FAULTS.find((f) => f.kind === kind);
    expected.push({
      kind,
      rule: fault.rule,
      ...(eventId === undefined ? {} : { eventId }),
      needsDataset: !!fault.needsDataset,
    });
  };

  let e = take((x) => placedIn(x, (l) => Math.abs(l.lon) <= 90));
  [e.location.lat, e.location.lon] = [e.location.lon, e.location.lat];
  expect("swapped coordinates", e.id);

  e = take((x) => x.type === "talks" && placedIn(x, (l) => l.country !== "FR"));
  Object.assign(e.location, { city: "Paris", lat: 48.8566, lon: 2.3522 });
  expect("point outside its country", e.id);

  e = take((x) => placedIn(x, () => true));
  Object.assign(e.location, { lat: 0, lon: 0 });
  expect("0,0", e.id);

  e = take((x) => placedIn(x, () => true));
  const centre = fakeGazetteer.countryPoint(e.location.country);
  Object.assign(e.location, { lat: centre.lat, lon: centre.lon });
  delete e.location.city;
  expect("country centroid claimed as a city", e.id);

  e = take((x) => x.type === "expulsion" && x.initiator.length === 2 && x.location.country === x.initiator);
  e.location = { country: e.target };
  expect("expulsion located in the expelled state", e.id);

  e = take(inline);
  e.sources[0].published = day(Date.parse(e.date) - 10 * DAY);
  expect("date after its source (inline)", e.id);

  e = take((x) => !inline(x));
  sourceOf(e).published = day(Date.parse(e.date) - 10 * DAY);
  expect("date after its source (dataset source)", e.id);

  const answer = faulty.events.find((x) => x.relations?.[0]?.kind === "retaliation_for");
  answer.date = day(Date.parse(byId.get(answer.relations[0].event).date) - 30 * DAY);
  used.add(answer.id);
  expect("answer before its cause", answer.id);

  e = take(inline);
  e.date = day(now.getTime() + 365 * DAY);
  e.sources[0].published = day(now.getTime() + 366 * DAY);
  expect("date in the future", e.id);

  e = take(() => true);
  e.date = `00${e.date.slice(2)}`;
  expect("padded year", e.id);

  e = take((x) => x.initiator === "GB");
  e.initiator = "UK";
  expect("unknown country code", e.id);

  e = take((x) => x.type === "expulsion" && x.target.length === 2 && x.initiator !== "RU");
  e.target = "SU";
  expect("Soviet Union after 1991", e.id);

  e = take((x) => x.type === "defection");
  e.target = e.initiator;
  expect("initiator is the target", e.id);

  e = take((x) => x.type === "arrest");
  e.participants[0].affiliation = "org:ru-svr";
  expect("dangling entity reference", e.id);

  faulty.entities.find((entity) => entity.id === "org:ru-gru").parent = "org:ru-general-staff";
  expect("dangling entity parent");

  e = take((x) => x.type === "arrest" && x.participants.length >= 2);
  e.count = e.participants.length - 1;
  expect("count below the persons listed", e.id);

  e = take(() => true);
  delete e.sources;
  expect("no source", e.id);

  e = take(inline);
  e.sources[0].url = "https://newsroom/article/1";
  expect("malformed URL", e.id);

  faulty.sources[0].url = "https://daily.example.c0m/0";
  expect("malformed URL of a dataset source");

  e = take((x) => !inline(x));
  e.sources[0] = { source: "src-missing" };
  expect("dangling source reference", e.id);

  e = take((x) => !inline(x));
  const text = sourceOf(e).text;
  e.sources[0].evidence = { start: text.length - 10, end: text.length + 30 };
  expect("evidence past the source's end", e.id);

  e = take((x) => x.type === "presence");
  faulty.events.push({ ...structuredClone(e), id: `${e.id}-copy` });
  expect("duplicate row", `${e.id}-copy`);

  e = take((x) => x.type === "mission_closure" && inline(x));
  faulty.events.push({ ...structuredClone(e), date: day(Date.parse(e.date) - 2 * DAY) });
  expect("duplicate id", e.id);

  e = take(() => true);
  e.relations = [{ kind: "follows", event: "evt-that-never-was" }];
  expect("dangling relation", e.id);

  e = take(() => true);
  e.relations = [{ kind: "retaliation_for", event: e.id }];
  expect("relation to itself", e.id);

  const wave = faulty.events.find((x) => x.tags?.includes("wave"));
  const member = faulty.events.find((x) => x.relations?.[0]?.event === wave.id);
  wave.relations = [{ kind: "part_of", event: member.id }];
  expect("part_of cycle", wave.id);

  return { clean, faulty, expected, now };
};
