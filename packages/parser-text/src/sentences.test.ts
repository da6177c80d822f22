import { gazetteer } from "@tradecraft/gazetteer";
import { describe, expect, it } from "vitest";
import { type ExtractedEvent, extractEvents } from "./extract";
import { type ExpectedEvent, NEGATIVES, POSITIVES } from "./sentences.fixture";

const PUBLISHED = "2024-05-15";

/** The fields of an extracted event that a case can state, in the case's own terms. */
const view = (event: ExtractedEvent): Record<keyof ExpectedEvent, unknown> => {
  const location = event.location as { country?: string; city?: string } | undefined;
  const participants = event.participants as { name: string }[] | undefined;
  return {
    type: event.type,
    initiator: event.initiator ?? null,
    target: event.target ?? null,
    count: event.count ?? null,
    countQualifier: event.countQualifier,
    date: event.date ?? null,
    country: location?.country ?? null,
    city: location?.city ?? null,
    persons: participants?.map((p) => p.name) ?? [],
    attribution: (event.attribution as { status: string } | undefined)?.status,
  };
};

const stated = (expected: ExpectedEvent, event: ExtractedEvent) => {
  const actual = view(event);
  return Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key as keyof ExpectedEvent]]));
};

describe("sentences that report events", () => {
  it.each(POSITIVES.map((c) => [c.text, c] as const))("%s", (_text, c) => {
    const published = c.published === null ? undefined : (c.published ?? PUBLISHED);
    const events = extractEvents(c.text, { gazetteer, ...(published ? { published } : {}) });
    expect(events.map((e) => e.type)).toEqual(c.events.map((e) => e.type));
    c.events.forEach((expected, i) => {
      expect(stated(expected, events[i] as ExtractedEvent)).toEqual(expected);
    });
  });
});

describe("near misses: sentences that report no event", () => {
  it.each(NEGATIVES)("%s", (text) => {
    const events = extractEvents(text, { gazetteer, published: PUBLISHED });
    expect(events.map((e) => `${e.type} ${e.initiator ?? "-"}->${e.target ?? "-"}`)).toEqual([]);
  });
});
