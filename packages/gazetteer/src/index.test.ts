import { expect, it } from "vitest";

it("keeps its public surface", async () => {
  expect(Object.keys(await import("./index")).sort()).toEqual([
    "DEMONYMS",
    "ORGANIZATIONS",
    "SEATS_OF_GOVERNMENT",
    "TradecraftGazetteer",
    "createGazetteer",
    "gazetteer",
    "isLoaded",
    "normalizeName",
    "preload",
  ]);
});
