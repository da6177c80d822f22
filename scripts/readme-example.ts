import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Runs the first ```js example of a package's README under Node, from the package's folder, as a user would
 * (against its built dist/), and returns what it printed beside the `// ` lines that say what it prints.
 */
export const runReadmeExample = (packageUrl: URL): { printed: string[]; expected: string[] } => {
  const readme = readFileSync(new URL("README.md", packageUrl), "utf8");
  const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const expected = [...example.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1] ?? "");
  const cwd = fileURLToPath(packageUrl);
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", example], { cwd, encoding: "utf8" });
  return { printed: output.trimEnd().split("\n"), expected };
};
