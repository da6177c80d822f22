import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePlugin, folder, lines, ndjson, tradecraft } from "./bin.fixture";
import { loadPlugin, loadRegistry } from "./plugins";

const DESIGNATION = {
  id: "acme-9",
  type: "sanctions_designation",
  date: "2018-03",
  initiator: "GB",
  target: "RU",
  listName: "UK sanctions list",
  designatedParty: "A military intelligence unit",
  partyKind: "unit",
  sources: [{ publisher: "Acme desk", title: "Designations log" }],
};

describe("--plugin", () => {
  const plugin = examplePlugin();
  const dir = folder({
    "designations.ndjson": ndjson(DESIGNATION),
    "not-a-plugin.mjs": "export const answer = 42;\n",
    "broken.mjs": "export default {;\n",
  });

  it("imports a downstream type (examples/extend-schema's sanctions_designation) through the plugin", () => {
    const without = tradecraft(["import", join(dir, "designations.ndjson")]);
    expect(without.status).toBe(1);
    expect(without.stderr).toMatch(/error TC_EVENT_UNKNOWN_TYPE: unknown event type 'sanctions_designation'/);

    const run = tradecraft(["import", join(dir, "designations.ndjson"), "--plugin", plugin]);
    expect(run.status, run.stderr).toBe(0);
    expect(lines(run.stdout).map((l) => JSON.parse(l))).toEqual([DESIGNATION]);
  });

  it("runs the plugin's rules in validate and its types in schema", () => {
    const run = tradecraft([
      "validate",
      join(dir, "designations.ndjson"),
      "--plugin",
      plugin,
      "--format",
      "json",
      "-q",
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.issues.map((i: { rule: string }) => i.rule)).toContain("acme.designation-reference");
    expect(tradecraft(["schema", "--plugin", plugin]).stdout).toContain("sanctions_designation");
  });

  it("refuses a module that is missing, broken or holds no plugin: exit 2 with one line", () => {
    for (const spec of [
      join(dir, "missing.mjs"),
      join(dir, "not-a-plugin.mjs"),
      join(dir, "broken.mjs"),
      "no-such-package-xyz",
    ]) {
      const run = tradecraft(["import", join(dir, "designations.ndjson"), "--plugin", spec]);
      expect(run.status, spec).toBe(2);
      expect(run.stderr, spec).toMatch(/^tradecraft: cannot load plugin '.*': .* \(hint: /);
      expect(run.stderr.trimEnd().split("\n"), spec).toHaveLength(1);
    }
  });

  it("loads plugins in process: a default export or an export named plugin, paths relative to the folder", async () => {
    const loaded = await loadPlugin(plugin);
    expect(loaded.name).toBe("acme-sanctions");
    const registry = await loadRegistry([plugin]);
    expect(registry.has("sanctions_designation")).toBe(true);
    await expect(loadRegistry([plugin, plugin])).rejects.toMatchObject({ exitCode: 2 });
  });
});
