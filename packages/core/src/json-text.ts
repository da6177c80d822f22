import { type Diagnostic, excerpt } from "./diagnostics";

/**
 * How deeply arrays and objects may nest in a record. JSON.parse reads any depth, but the schema checks recurse,
 * and a line of ten thousand brackets would overflow the stack; no real record comes near this.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Whether a value nests arrays and objects deeper than `limit`. Recursive but bounded by `limit` (the stack never
 * holds more than `limit` frames), allocation-free for arrays, and stops at the first too-deep branch: it runs on
 * every record, so it must cost little beside JSON.parse.
 */
export const nestsDeeperThan = (value: unknown, limit: number): boolean => deeper(value, 0, limit);

const deeper = (node: unknown, depth: number, limit: number): boolean => {
  if (typeof node !== "object" || node === null) return false;
  if (depth >= limit) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if (deeper(node[i], depth + 1, limit)) return true;
    return false;
  }
  for (const key in node) {
    if (Object.hasOwn(node, key) && deeper((node as Record<string, unknown>)[key], depth + 1, limit)) return true;
  }
  return false;
};

export const tooDeepDiagnostic = (): Diagnostic => ({
  code: "TC_JSON_TOO_DEEP",
  severity: "error",
  message: `arrays and objects nest deeper than ${MAX_NESTING_DEPTH} levels`,
  hint: "Flatten the data: no record of this library needs that depth.",
});

/**
 * Reads JSON, turning a syntax error into a diagnostic with the line and column it points at. `checkDepth: false`
 * is for a caller that hands the value straight to `Registry.parseEvent`, which refuses a too-deep value itself.
 */
export const parseJsonText = (
  text: string,
  where: { line?: number; offset?: number } = {},
  { checkDepth = true }: { checkDepth?: boolean } = {},
): { success: true; value: unknown } | { success: false; diagnostic: Diagnostic } => {
  try {
    const value: unknown = JSON.parse(text);
    if (checkDepth && nestsDeeperThan(value, MAX_NESTING_DEPTH)) {
      return { success: false, diagnostic: { ...tooDeepDiagnostic(), position: { line: where.line ?? 1 } } };
    }
    return { success: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const index = Number.isNaN(at) ? undefined : at;
    const before = index === undefined ? "" : text.slice(0, index);
    const lineInText = before.split(/\r\n|\r|\n/).length;
    const column =
      index === undefined ? undefined : index - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
    const line = (where.line ?? 1) + lineInText - 1;
    return {
      success: false,
      diagnostic: {
        code: "TC_JSON_SYNTAX",
        severity: "error",
        message: `invalid JSON: ${withoutQuotedInput(message).replace(/ in JSON at position \d+.*$/s, "")}`,
        hint: "Each record must be one complete JSON value; look for a missing comma, quote or bracket near the position.",
        position: {
          line,
          ...(column === undefined ? {} : { column }),
          ...(index === undefined || where.offset === undefined ? {} : { offset: where.offset + index }),
        },
        excerpt: excerpt(index === undefined ? text : text.slice(Math.max(0, index - 30), index + 30)),
      },
    };
  }
};

/**
 * The engine's message without the input it quotes (`..., "<input>" is not valid JSON`). Cut by index: the regex
 * `/, ".*" is not valid JSON$/s` is quadratic on input holding many `, "`.
 */
const withoutQuotedInput = (message: string): string => {
  const quoted = message.indexOf(', "');
  return quoted >= 0 && message.endsWith('" is not valid JSON') ? message.slice(0, quoted) : message;
};
