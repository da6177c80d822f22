import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Installs the packed tarball into a scratch project, as a user would from npm, and imports it under ESM, CJS
 * and TypeScript (node16 and bundler resolution). Needs the build (dist/) and the npm registry.
 */
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
let scratch = "";

const run = (command: string, args: string[], cwd = scratch) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "tradecraft-core-pack-"));
  const packs = join(scratch, "packs");
  mkdirSync(packs);
  run("pnpm", ["pack", "--pack-destination", packs], packageDir);
  const [tarball] = readdirSync(packs);
  if (tarball === undefined) throw new Error("pnpm pack wrote no tarball");
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({ name: "scratch", private: true, dependencies: { "@tradecraft/core": `file:packs/${tarball}` } }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const usage = `
const result = coreRegistry.parseEvent({ id: "e1", type: "expulsion", date: "2018-03", initiator: "US", target: "RU", count: 60 });
if (!result.success) throw new Error("valid event refused");
if (parseDate("2022-03/2022-04").precision !== "month") throw new Error("dates broken");
if (lookupCountry("Soviet Union")?.alpha2 !== "SU") throw new Error("countries broken");
console.log(result.event.type, coreRegistry.typeNames.length);
`;

/** The README's type table, as the installed package describes its types. */
const TYPES_TABLE = `
const { coreEventTypes } = require("@tradecraft/core");
for (const d of coreEventTypes) {
  const fields = d.fields.map((f) => "\`" + f + "\`").join(", ") || "—";
  console.log("| \`" + d.type + "\` | " + (d.initiator ?? "—") + " | " + (d.target ?? "—") + " | " + fields + " |");
}`;

describe("the packed @tradecraft/core", () => {
  it("imports under ESM, with the JSON Schema export", () => {
    writeFileSync(
      join(scratch, "esm.mjs"),
      `import { coreRegistry, parseDate, lookupCountry } from "@tradecraft/core";
import schema from "@tradecraft/core/schema/tradecraft.schema.json" with { type: "json" };
${usage}
if (schema.$defs.Event.oneOf.length !== 21) throw new Error("schema broken");`,
    );
    expect(run("node", ["esm.mjs"])).toBe("expulsion 21\n");
  });

  it("runs the README's example as printed", () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const expected = [...example.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1]);
    writeFileSync(join(scratch, "readme.mjs"), example);
    expect(expected.length).toBeGreaterThan(0);
    expect(run("node", ["readme.mjs"]).trimEnd().split("\n")).toEqual(expected);
  });

  it("documents every core type with its actors' meaning", () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    for (const line of run("node", ["-e", TYPES_TABLE]).trimEnd().split("\n")) expect(readme).toContain(line);
  });

  it("requires under CommonJS", () => {
    writeFileSync(
      join(scratch, "cjs.cjs"),
      `const { coreRegistry, parseDate, lookupCountry } = require("@tradecraft/core");\n${usage}`,
    );
    expect(run("node", ["cjs.cjs"])).toBe("expulsion 21\n");
  });

  it.each(["node16", "bundler"])(
    "type-checks under moduleResolution %s",
    (resolution) => {
      const dir = join(scratch, `ts-${resolution}`);
      mkdirSync(dir, { recursive: true });
      const module = resolution === "node16" ? "node16" : "esnext";
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            module,
            moduleResolution: resolution,
            target: "es2022",
            types: [],
            skipLibCheck: false,
          },
          include: ["*.mts", "*.cts", "*.ts"],
        }),
      );
      const typed = `
const registry = coreRegistry.withEventType(defineEventType({
  type: "sanctions_designation", description: "A designation.", initiator: "the designating state", target: null,
  fields: { listName: z.string() },
}));
export const read = (input: unknown): string | undefined => {
  const result = registry.parseEvent(input);
  if (!result.success) return undefined;
  const event = result.event;
  return event.type === "sanctions_designation" ? event.listName : event.type;
};
export const first: TradecraftEvent = { id: "e1", type: "presence", initiator: "RU", target: "US", count: 220 };
`;
      const imports = `import { coreRegistry, defineEventType, type TradecraftEvent } from "@tradecraft/core";\nimport { z } from "zod";\n`;
      if (resolution === "node16") {
        writeFileSync(join(dir, "esm.mts"), imports + typed);
        writeFileSync(
          join(dir, "cjs.cts"),
          `import core = require("@tradecraft/core");\nexport const n: number = core.coreRegistry.typeNames.length;\n`,
        );
      } else {
        writeFileSync(join(dir, "index.ts"), imports + typed);
      }
      // zod comes with core as a dependency; the scratch project resolves it through node_modules like a user would.
      run("npm", ["pkg", "set", "dependencies.zod=4.6.7"]);
      run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);
      expect(() => run("node", [tsc, "-p", dir])).not.toThrow();
    },
    120_000,
  );
});
