import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { coreRegistry, type Plugin, type Registry } from "@tradecraft/core";
import { z } from "zod";
import { CliError, EXIT } from "./errors";

/** What a module must export (as `default` or as `plugin`) to be loaded with --plugin: core's plugin contract. */
const PluginShapeSchema = z.looseObject({
  name: z.string().min(1),
  version: z.string().optional(),
  eventTypes: z.array(z.looseObject({ type: z.string(), schema: z.unknown() })).optional(),
  parsers: z.array(z.looseObject({ name: z.string(), parse: z.function() })).optional(),
  rules: z.array(z.looseObject({ id: z.string(), check: z.function() })).optional(),
  exporters: z.array(z.looseObject({ name: z.string(), export: z.function() })).optional(),
});

const isPath = (spec: string) => spec.startsWith(".") || isAbsolute(spec) || /\.[cm]?js$/.test(spec);

/** A file path from the working folder; a package name as Node would resolve it from the working folder. */
const locate = (spec: string, cwd: string): string => {
  if (isPath(spec)) return pathToFileURL(resolve(cwd, spec)).href;
  try {
    return pathToFileURL(createRequire(join(cwd, "package.json")).resolve(spec)).href;
  } catch {
    return spec;
  }
};

const pluginError = (spec: string, why: string) =>
  new CliError(
    `cannot load plugin '${spec}': ${why}`,
    "a plugin is a module whose default export (or export named plugin) is made with definePlugin from @tradecraft/core; give its path or package name",
    EXIT.usage,
  );

/** Imports one plugin module and checks that it holds a plugin. */
export const loadPlugin = async (spec: string, cwd = process.cwd()): Promise<Plugin> => {
  let module: Record<string, unknown>;
  try {
    module = (await import(locate(spec, cwd))) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw pluginError(spec, code === "ERR_MODULE_NOT_FOUND" ? "module not found" : (error as Error).message);
  }
  const inner = module.default as Record<string, unknown> | undefined;
  const candidate = module.plugin ?? inner?.plugin ?? (typeof inner?.name === "string" ? inner : inner?.default);
  const checked = PluginShapeSchema.safeParse(candidate);
  if (!checked.success) throw pluginError(spec, "it exports no plugin (a default export or 'plugin' with a name)");
  return candidate as Plugin;
};

/** The core registry with every plugin given on the command line, in order. */
export const loadRegistry = async (specs: readonly string[], cwd = process.cwd()): Promise<Registry> => {
  let registry: Registry = coreRegistry;
  for (const spec of specs) {
    const plugin = await loadPlugin(spec, cwd);
    try {
      registry = registry.use(plugin);
    } catch (error) {
      throw pluginError(spec, (error as Error).message);
    }
  }
  return registry;
};
