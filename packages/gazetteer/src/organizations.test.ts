import { OrganizationEntitySchema } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { gazetteer } from "./gazetteer";
import { ORGANIZATIONS } from "./organizations";

const lookup = (name: string, country?: string) =>
  gazetteer.lookupOrganization(name, country === undefined ? undefined : { country })?.id;

describe("ORGANIZATIONS", () => {
  const entities = ORGANIZATIONS.map((record) => record.entity);

  it("are valid entity records of the core model, with unique ids", () => {
    for (const entity of entities) expect(OrganizationEntitySchema.parse(entity)).toEqual(entity);
    expect(new Set(entities.map((entity) => entity.id)).size).toBe(entities.length);
  });

  it("name at least 40 services and ministries", () => {
    const services = entities.filter((entity) => entity.organizationType !== "international_organization");
    expect(services.length).toBeGreaterThanOrEqual(40);
  });

  it("point every parent at a listed organization", () => {
    const ids = new Set(entities.map((entity) => entity.id));
    const parents = entities.flatMap((entity) => (entity.parent === undefined ? [] : [entity.parent]));
    expect(parents.filter((parent) => !ids.has(parent))).toEqual([]);
  });

  it("include the foreign ministries of the major states", () => {
    for (const country of ["RU", "US", "GB", "FR", "DE", "CN", "UA", "PL", "IN", "JP", "TR", "IR", "IL"]) {
      expect(lookup("foreign ministry", country), country).toBe(`org:${country.toLowerCase()}-mfa`);
    }
  });
});

describe("lookupOrganization", () => {
  it.each([
    ["FSB", "org:ru-fsb"],
    ["Federal Security Service", "org:ru-fsb"],
    ["SVR", "org:ru-svr"],
    ["GRU", "org:ru-gru"],
    ["GU", "org:ru-gru"],
    ["Main Intelligence Directorate", "org:ru-gru"],
    ["KGB", "org:su-kgb"],
    ["SMERSH", "org:su-smersh"],
    ["CIA", "org:us-cia"],
    ["Central Intelligence Agency", "org:us-cia"],
    ["FBI", "org:us-fbi"],
    ["NSA", "org:us-nsa"],
    ["MI5", "org:gb-mi5"],
    ["MI6", "org:gb-sis"],
    ["MI-6", "org:gb-sis"],
    ["SIS", "org:gb-sis"],
    ["Secret Intelligence Service", "org:gb-sis"],
    ["GCHQ", "org:gb-gchq"],
    ["BND", "org:de-bnd"],
    ["BfV", "org:de-bfv"],
    ["DGSE", "org:fr-dgse"],
    ["DGSI", "org:fr-dgsi"],
    ["GUR", "org:ua-gur"],
    ["HUR", "org:ua-gur"],
    ["Main Intelligence Directorate of the Ministry of Defense of Ukraine", "org:ua-gur"],
    ["Main Intelligence Directorate of the Ministry of Defence of Ukraine", "org:ua-gur"],
    ["SBU", "org:ua-sbu"],
    ["MSS", "org:cn-mss"],
    ["Mossad", "org:il-mossad"],
    ["Shin Bet", "org:il-shin-bet"],
    ["State Department", "org:us-mfa"],
    ["Foreign Office", "org:gb-mfa"],
    ["Auswärtiges Amt", "org:de-mfa"],
    ["Unit 29155", "org:ru-gru-29155"],
    ["Sapo", "org:se-sapo"],
    ["NATO", "org:nato"],
  ])("%s -> %s", (name, id) => {
    expect(lookup(name)).toBe(id);
  });

  it.each([
    ["the FSB", "org:ru-fsb"],
    ["FSB's", "org:ru-fsb"],
    ["Federal Security Service (FSB)", "org:ru-fsb"],
    ["the Russian FSB", "org:ru-fsb"],
    ["US Central Intelligence Agency", "org:us-cia"],
    ["Russian Foreign Ministry", "org:ru-mfa"],
    ["Ministry of Foreign Affairs of Ukraine", "org:ua-mfa"],
    ["Ministry of Foreign Affairs of the Russian Federation", "org:ru-mfa"],
    ["Ukraine's military intelligence", "org:ua-gur"],
    ["Ukrainian Main Intelligence Directorate", "org:ua-gur"],
    ["Russian military intelligence", "org:ru-gru"],
    ["military intelligence GRU", "org:ru-gru"],
    ["foreign intelligence SVR", "org:ru-svr"],
    ["Ukrainian Foreign Intelligence Service", "org:ua-szru"],
    ["Belarusian KGB", "org:by-kgb"],
    ["Soviet KGB", "org:su-kgb"],
    ["German Foreign Office", "org:de-mfa"],
    ["British Ministry of Defence", "org:gb-mod"],
  ])("understands the qualified form %s", (name, id) => {
    expect(lookup(name)).toBe(id);
  });

  it("finds a generic description with a country given separately", () => {
    expect(lookup("foreign ministry", "Poland")).toBe("org:pl-mfa");
    expect(lookup("security service", "UA")).toBe("org:ua-sbu");
    expect(lookup("FSB", "US")).toBeUndefined();
  });

  it.each([
    "foreign ministry",
    "Russian intelligence services",
    "Ukrainian special services",
    "intelligence agency",
    "Ministry of Foreign Affairs",
    "Atlantis Foreign Ministry",
    "",
  ])("finds nothing for %j", (name) => {
    expect(lookup(name)).toBeUndefined();
  });

  it("reads abbreviations only in text with a capital letter", () => {
    expect(lookup("RAW")).toBe("org:in-raw");
    expect(lookup("raw")).toBeUndefined();
    expect(lookup("MIT")).toBe("org:tr-mit");
    expect(lookup("mit")).toBeUndefined();
    expect(lookup("federal security service")).toBe("org:ru-fsb");
  });

  it("lists every candidate for an ambiguous name", () => {
    const ids = gazetteer.lookupOrganizations("Foreign Intelligence Service", { country: "UA" }).map((o) => o.id);
    expect(ids).toEqual(["org:ua-szru"]);
    expect(gazetteer.lookupOrganizations("foreign ministry")).toEqual([]);
  });
});
