import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The shared GDELT reference files beside the repository, when this checkout has them. */
export const SHARED_GDELT_DIR = fileURLToPath(new URL("../../../../shared/data/gdelt/", import.meta.url));

export const hasSharedData = existsSync(`${SHARED_GDELT_DIR}fips-countries.tsv`);

/** A shared TSV's rows (header dropped), split on tabs. */
export const sharedTsv = (name: string): string[][] =>
  readFileSync(`${SHARED_GDELT_DIR}${name}`, "utf8")
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t").map((v) => v.trim()));

export const sharedLines = (name: string): string[] =>
  readFileSync(`${SHARED_GDELT_DIR}${name}`, "utf8").trimEnd().split("\n");
