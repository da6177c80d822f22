// A TypeDoc plugin (typedoc.json's "plugin") that gives some packages their own options in packages mode, where
// the root's `packageOptions` apply to every package alike. Its only use: the types a package references from its
// API without exporting them, named per package so that TypeDoc still fails on any new one. Remove an entry once
// its package exports the type (TypeDoc then warns that the entry is unused).
import { basename } from "node:path";

/** Package folder -> `intentionallyNotExported` ("path/from/package/root:Name"). */
const NOT_EXPORTED = {
  // core's registry typing helpers, seen in `Registry`'s signatures; for core to export or inline (issue 8).
  core: ["core/src/registry.ts:TypeMap", "core/src/registry.ts:TypesOf", "core/src/registry.ts:Merge"],
  // `TriggerRule.requires`; for parser-text to export (issue 8).
  "parser-text": ["parser-text/src/triggers.ts:Requirement"],
  // `ReciprocityPair` (from a non-exported schema) and `createProgram`'s `Cli`; for cli to export (issue 8).
  cli: ["cli/src/stats.ts:ReciprocityPairSchema", "cli/src/session.ts:Cli"],
};

/** @param {import("typedoc").Application} app */
export const load = (app) => {
  app.options.addReader({
    name: "tradecraft-per-package",
    order: 1000,
    supportsPackages: true,
    read(container, _logger, cwd) {
      const entries = NOT_EXPORTED[basename(cwd)];
      if (entries && container.packageDir) container.setValue("intentionallyNotExported", entries);
    },
  });
};
