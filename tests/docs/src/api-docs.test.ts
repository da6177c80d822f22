import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `pnpm run docs` (TypeDoc, root typedoc.json) must stay green: a type an API references without exporting, a
// broken {@link} or a package left out of the docs fails here, in CI, instead of on the day someone runs it.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const typedoc = fileURLToPath(new URL("../node_modules/typedoc/bin/typedoc", import.meta.url));
const config = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { entryPoints: string[] };

/** Every package under packages/ that is published (not private), by folder and name. */
const published = readdirSync(join(root, "packages"))
  .map((folder) => ({ folder, path: join(root, "packages", folder, "package.json") }))
  .filter(({ path }) => existsSync(path))
  .map(({ folder, path }) => ({
    folder,
    ...(JSON.parse(readFileSync(path, "utf8")) as { name: string; private?: boolean }),
  }))
  .filter((pkg) => !pkg.private);

describe("API documentation", () => {
  let out = "";
  let log = "";

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "tradecraft-api-docs-"));
    try {
      log = execFileSync(process.execPath, [typedoc, "--out", out, "--logLevel", "Warn"], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      throw new Error(`pnpm run docs fails (TypeDoc treats warnings as errors):\n${stdout}${stderr}`);
    }
  }, 180_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("lists every published package in typedoc.json", () => {
    expect(published.length).toBeGreaterThan(5);
    expect([...config.entryPoints].sort()).toEqual(published.map((pkg) => `packages/${pkg.folder}`).sort());
  });

  it("runs without a warning", () => {
    expect(log.trim()).toBe("");
  });

  it.each(published.map((pkg) => [pkg.name]))("has a page for %s", (name) => {
    const page = join(out, "modules", `${name.replace(/^@/, "_").replace("/", "_")}.html`);
    expect(existsSync(page), page).toBe(true);
    expect(readFileSync(page, "utf8")).toContain(`<title>${name} | Tradecraft</title>`);
  });
});
