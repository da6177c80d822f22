import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Installs the packed tarball, with core's beside it (it is not on npm yet), into a scratch project as a user
 * would, and uses it under ESM, CJS and TypeScript (node16 and bundler resolution). Needs the builds (dist/)
 * and the npm registry for zod and core's own dependencies.
 */
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const coreDir = join(packageDir, "..", "core");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
let scratch = "";

const run = (command: string, args: string[], cwd = scratch) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "tradecraft-validators-pack-"));
  const packs = join(scratch, "packs");
  mkdirSync(packs);
  const pack = (dir: string) => {
    const before = new Set(readdirSync(packs));
    run("pnpm", ["pack", "--pack-destination", packs], dir);
    const tarball = readdirSync(packs).find((file) => !before.has(file));
    if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
    return tarball;
  };
  const core = pack(coreDir);
  const validators = pack(packageDir);
  writeFileSync(
    join(scratch, "package.json"),
    JSON.stringify({
      name: "scratch",
      private: true,
      type: "module",
      dependencies: {
        "@tradecraft/core": `file:packs/${core}`,
        "@tradecraft/validators": `file:packs/${validators}`,
        zod: "4.6.7",
      },
    }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]);
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const usage = `
const report = await validate([{ id: "e1", type: "expulsion", date: "2018-03", initiator: "US", target: "US" }]);
console.log(report.issues.map((issue) => issue.rule).join(","), report.hasErrors, ruleCatalog.length);
`;

describe("the packed @tradecraft/validators", () => {
  it("imports under ESM", () => {
    writeFileSync(
      join(scratch, "esm.mjs"),
      `import { validate, ruleCatalog } from "@tradecraft/validators";\n${usage}`,
    );
    expect(run("node", ["esm.mjs"])).toBe("actors.same-initiator-target,sources.missing true 22\n");
  });

  it("requires under CommonJS", () => {
    writeFileSync(
      join(scratch, "cjs.cjs"),
      `const { validate, ruleCatalog } = require("@tradecraft/validators");\n(async () => {${usage}})();`,
    );
    expect(run("node", ["cjs.cjs"])).toBe("actors.same-initiator-target,sources.missing true 22\n");
  });

  it("runs the README's example as printed", () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const expected = [...example.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1]);
    writeFileSync(join(scratch, "readme.mjs"), example);
    expect(expected.length).toBeGreaterThan(0);
    expect(run("node", ["readme.mjs"]).trimEnd().split("\n")).toEqual(expected);
  });

  it.each(["node16", "bundler"])(
    "type-checks under moduleResolution %s",
    (resolution) => {
      const dir = join(scratch, `ts-${resolution}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            exactOptionalPropertyTypes: true,
            noEmit: true,
            module: resolution === "node16" ? "node16" : "esnext",
            moduleResolution: resolution,
            target: "es2022",
            types: [],
            skipLibCheck: false,
          },
          include: ["*.mts", "*.ts"],
        }),
      );
      const typed = `import { coreRegistry, defineRule, type EventRule, readDataset } from "@tradecraft/core";
import { defineStreamingRule, type Report, renderHuman, validate } from "@tradecraft/validators";

const watchlist = defineRule<EventRule>({
  id: "acme.watchlist", scope: "event", severity: "warning", description: "Watched targets.",
  *check(event) { if (event.target === "KP") yield { message: "watched", path: ["target"] }; },
});
const first = defineStreamingRule({
  id: "acme.first", severity: "info", description: "The first event.",
  start: ({ index }) => ({ *finish() { if (index.size > 0) yield { eventId: index.idOf(0), message: "first" }; } }),
});
export const check = async (events: unknown[]): Promise<string> => {
  const report: Report = await validate(events, { customRules: [watchlist, first], rules: { "acme.watchlist": "error" } });
  return renderHuman(report, { color: false });
};
export const checkFile = (json: string) => validate(readDataset(json, { registry: coreRegistry }).dataset);
`;
      writeFileSync(join(dir, resolution === "node16" ? "index.mts" : "index.ts"), typed);
      expect(() => run("node", [tsc, "-p", dir])).not.toThrow();
    },
    120_000,
  );
});
