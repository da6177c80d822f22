import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every package README (cli's is its own) opens with an install line and an example, and documents every option
// of its main functions in a table: a row whose first cell names the option (`| \`name\` | ...`). The options are
// read from the functions' parameter types with the TypeScript compiler, so a new option fails here until the
// README has its row. The examples themselves run in each package's own tests (see MAIN's `exampleTest`).
const root = fileURLToPath(new URL("../../../", import.meta.url));

interface Main {
  /** An exported function and the index of its options parameter, or an exported options type. */
  readonly fn?: string;
  readonly param?: number;
  readonly type?: string;
}

/** Per package folder: its main functions' options, and the test that runs its README's example. */
const MAIN: Record<string, { readonly options: readonly Main[]; readonly exampleTest: string }> = {
  core: {
    options: [
      { fn: "parseNdjson", param: 1 },
      { fn: "readDataset", param: 1 },
    ],
    exampleTest: "test/pack.test.ts",
  },
  gazetteer: { options: [{ fn: "createGazetteer", param: 0 }], exampleTest: "src/readme.test.ts" },
  "parser-csv": { options: [{ fn: "parseCsv", param: 1 }], exampleTest: "src/readme.test.ts" },
  "parser-gdelt": { options: [{ fn: "parseGdelt", param: 1 }], exampleTest: "src/docs.test.ts" },
  "parser-text": {
    options: [{ type: "TextParserOptions" }, { fn: "extractEvents", param: 1 }],
    exampleTest: "src/readme.test.ts",
  },
  validators: {
    options: [
      { fn: "validate", param: 1 },
      { fn: "renderHuman", param: 1 },
    ],
    exampleTest: "test/pack.test.ts",
  },
  "exporter-csv": { options: [{ fn: "formatCsv", param: 1 }], exampleTest: "src/readme.test.ts" },
  "exporter-geojson": { options: [{ fn: "formatGeoJson", param: 1 }], exampleTest: "test/pack.test.ts" },
  map: { options: [{ fn: "renderMap", param: 1 }], exampleTest: "src/readme.test.ts" },
};

const packages = readdirSync(join(root, "packages"))
  .filter((folder) => existsSync(join(root, "packages", folder, "package.json")))
  .map((folder) => {
    const manifest = JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8"));
    return { folder, name: manifest.name as string, private: manifest.private === true };
  })
  .filter((pkg) => !pkg.private && pkg.folder !== "cli");

const readme = (folder: string) => readFileSync(join(root, "packages", folder, "README.md"), "utf8");

/** The option names of each package's main functions, by folder, read with the TypeScript compiler. */
const optionNames = (() => {
  const base = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
  const entries = packages.map((pkg) => join(root, "packages", pkg.folder, "src", "index.ts"));
  const program = ts.createProgram(entries, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const names = new Map<string, string[]>();
  for (const pkg of packages) {
    const file = program.getSourceFile(join(root, "packages", pkg.folder, "src", "index.ts"));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`cannot read ${pkg.name}'s exports`);
    const exported = (name: string) => {
      const symbol = checker.getExportsOfModule(module).find((s) => s.name === name);
      if (!symbol) throw new Error(`${pkg.name} does not export ${name}`);
      return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    };
    const found = new Set<string>();
    for (const main of MAIN[pkg.folder]?.options ?? []) {
      const types: ts.Type[] = [];
      if (main.type) types.push(checker.getDeclaredTypeOfSymbol(exported(main.type)));
      if (main.fn) {
        for (const signature of checker.getTypeOfSymbol(exported(main.fn)).getCallSignatures()) {
          const parameter = signature.parameters[main.param ?? 1];
          if (parameter) types.push(checker.getNonNullableType(checker.getTypeOfSymbol(parameter)));
        }
      }
      for (const type of types) for (const property of checker.getPropertiesOfType(type)) found.add(property.name);
    }
    names.set(pkg.folder, [...found].sort());
  }
  return names;
})();

describe.each(packages.map((pkg) => [pkg.name, pkg.folder]))("%s's README", (name, folder) => {
  const text = readme(folder);

  it("has an install line", () => {
    expect(text).toMatch(new RegExp(`^npm install ${name.replace("/", "\\/")}\\b`, "m"));
  });

  it("has an example that its package's tests run", () => {
    expect(text).toMatch(/```(js|ts)\n[\s\S]*?```/);
    const test = MAIN[folder]?.exampleTest ?? "";
    expect(test, `MAIN has no entry for ${folder}`).not.toBe("");
    expect(readFileSync(join(root, "packages", folder, test), "utf8")).toMatch(/README/);
  });

  it("documents every option of its main functions in a table", () => {
    const options = optionNames.get(folder) ?? [];
    expect(options.length).toBeGreaterThan(0);
    const rows = text.split("\n").filter((line) => line.startsWith("| "));
    const documented = (option: string) => rows.some((row) => (row.split(" | ")[0] ?? "").includes(`\`${option}\``));
    expect(options.filter((option) => !documented(option))).toEqual([]);
  });
});
