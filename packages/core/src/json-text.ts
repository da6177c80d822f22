import { type Diagnostic, excerpt } from "./diagnostics";

/** Reads JSON, turning a syntax error into a diagnostic with the line and column it points at. */
export const parseJsonText = (
  text: string,
  where: { line?: number; offset?: number } = {},
): { success: true; value: unknown } | { success: false; diagnostic: Diagnostic } => {
  try {
    return { success: true, value: JSON.parse(text) };
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
