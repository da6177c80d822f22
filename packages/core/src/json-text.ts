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
        message: `invalid JSON: ${message.replace(/, ".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "")}`,
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
