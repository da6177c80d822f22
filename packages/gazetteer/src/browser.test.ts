import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { expect, it } from "vitest";

// A browser bundle of the package, run where no Node global (process, require, Buffer) exists: proves that the
// data ships inside the modules and that nothing reaches for the file system.
it("bundles for the browser and runs without Node", async () => {
  const result = await build({
    stdin: {
      contents: `import { gazetteer } from "./index";
        globalThis.answer = [
          gazetteer.lookupPlace("Kiev")?.name,
          gazetteer.countryAt(28.19, 59.377),
          gazetteer.lookupOrganization("MI6")?.id,
        ];`,
      resolveDir: import.meta.dirname,
      loader: "ts",
    },
    bundle: true,
    platform: "browser",
    format: "iife",
    conditions: ["@tradecraft/source"],
    write: false,
    logLevel: "silent",
  });
  const context: { answer?: unknown } = {};
  runInNewContext(result.outputFiles[0]?.text ?? "", context);
  expect(context.answer).toEqual(["Kyiv", "EE", "org:gb-sis"]);
}, 30_000);
