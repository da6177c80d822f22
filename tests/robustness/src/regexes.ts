import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  /** Where it is written: `packages/core/src/dates.ts:12`. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/**
 * Values for the parts of `new RegExp(...)` patterns that are computed at run time, keyed by their source text.
 * Each stands for what the expression can produce; an unknown computed part fails the scan rather than being skipped.
 */
export const COMPUTED_PARTS: Readonly<Record<string, string>> = {
  // The exporter's delimiter: one character, escaped where a character class needs it.
  'delimiter.replace(/[\\\\^\\]-]/g, "\\\\$&")': ";",
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|test-d|fixture)\.ts$/.test(entry.name) ? [path] : [];
  });

/**
 * Every regular expression in the packages' sources: regex literals, `new RegExp(...)` with its pattern folded from
 * string constants (of any scanned file), and exported `*_PATTERN` strings that others compile.
 */
export const findRegexes = (root: string): { found: FoundRegex[]; unresolved: string[] } => {
  const packagesDir = join(root, "packages");
  const files = readdirSync(packagesDir).flatMap((pkg) => sourceFiles(join(packagesDir, pkg, "src")));
  const parsed = files.map((file) => ({
    file,
    ast: ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true),
  }));

  const constants = new Map<string, ts.Expression>();
  for (const { ast } of parsed) {
    ast.forEachChild(function collect(node) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        constants.set(node.name.text, node.initializer);
      }
      node.forEachChild(collect);
    });
  }

  const fold = (expression: ts.Expression, raw = false): string | undefined => {
    if (ts.isStringLiteral(expression)) return expression.text;
    if (ts.isNoSubstitutionTemplateLiteral(expression)) return raw ? expression.rawText : expression.text;
    if (ts.isTaggedTemplateExpression(expression) && expression.tag.getText() === "String.raw") {
      return fold(expression.template, true);
    }
    if (ts.isIdentifier(expression)) {
      const value = constants.get(expression.text);
      return value === undefined ? undefined : fold(value);
    }
    if (ts.isTemplateExpression(expression)) {
      let text = raw ? expression.head.rawText : expression.head.text;
      for (const span of expression.templateSpans) {
        const part = fold(span.expression) ?? COMPUTED_PARTS[span.expression.getText()];
        if (part === undefined) return undefined;
        text += part + (raw ? span.literal.rawText : span.literal.text);
      }
      return text;
    }
    return undefined;
  };

  const found: FoundRegex[] = [];
  const unresolved: string[] = [];
  for (const { file, ast } of parsed) {
    const where = (node: ts.Node) =>
      `${relative(root, file)}:${ast.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    ast.forEachChild(function visit(node) {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        found.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const source = pattern === undefined ? undefined : fold(pattern);
        if (source === undefined) unresolved.push(`${where(node)}: ${node.getText()}`);
        else found.push({ where: where(node), source, flags: flags === undefined ? "" : (fold(flags) ?? "") });
      } else if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text.endsWith("_PATTERN") &&
        node.initializer &&
        !ts.isRegularExpressionLiteral(node.initializer)
      ) {
        const source = fold(node.initializer);
        if (source === undefined) unresolved.push(`${where(node)}: ${node.name.text}`);
        else found.push({ where: where(node), source, flags: "" });
      }
      node.forEachChild(visit);
    });
  }
  return { found, unresolved };
};
