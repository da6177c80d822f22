import { defineConfig, type Options } from "tsup";

/** The one build every package shares: ESM + CJS + declarations from src/index.ts. */
export const libraryConfig = (overrides: Options = {}) =>
  defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    ...overrides,
  });
