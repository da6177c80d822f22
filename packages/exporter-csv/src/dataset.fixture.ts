import { readFileSync } from "node:fs";
import type { EventBase } from "@tradecraft/core";

/** The examples' curated dataset: 50 events, one JSON object per line. */
export const datasetEvents = (): EventBase[] =>
  readFileSync(new URL("../../../examples/data/events.ndjson", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
