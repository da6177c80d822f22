import {
  type Diagnostic,
  defineParser,
  type Gazetteer,
  type ParsedItem,
  type ParserInput,
  textChunks,
} from "@tradecraft/core";
import { type ExtractedEvent, extractEvents } from "./extract";
import { stripHtml } from "./html";
import { DEFAULT_MAX_CHARACTERS, type TextParserOptions, TextParserOptionsSchema } from "./options";

/** Reads the whole input (articles are small) up to the cap; undefined text means the input was refused. */
const readText = async (input: ParserInput, max: number): Promise<{ text?: string; diagnostic?: Diagnostic }> => {
  let text = "";
  let invalidUtf8 = false;
  for await (const chunk of textChunks(input)) {
    text += chunk.text;
    invalidUtf8 ||= chunk.invalidUtf8;
    if (text.length > max) {
      return {
        diagnostic: {
          code: "TC_TEXT_TOO_LARGE",
          severity: "error",
          message: `the input is longer than ${max} characters`,
          hint: "Split it into articles, or raise maxCharacters if one article is really this long.",
        },
      };
    }
  }
  if (invalidUtf8 || text.includes("\u0000")) {
    return {
      diagnostic: {
        code: "TC_NOT_TEXT",
        severity: "error",
        message: invalidUtf8
          ? "the input is not valid UTF-8 text"
          : "the input contains NUL characters: it is not text",
        hint: "Give the article as UTF-8 text (re-encode it with iconv -t UTF-8, or extract the text from a PDF or document first).",
      },
    };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text };
};

/** Runs the extraction on an article: events with their evidence, or a diagnostic for input that is not one. */
export async function* parseArticle(
  input: ParserInput,
  options: TextParserOptions,
  gazetteer: Gazetteer | undefined,
): AsyncGenerator<ParsedItem> {
  const checked = TextParserOptionsSchema.safeParse(options);
  if (!checked.success) {
    yield {
      kind: "diagnostic",
      diagnostic: {
        code: "TC_OPTIONS_INVALID",
        severity: "error",
        message: checked.error.issues.map((i) => `${i.path.join(".") || "options"}: ${i.message}`).join("; "),
        hint: "Options are published (YYYY-MM-DD), publisher, title, url, html and maxCharacters.",
      },
    };
    return;
  }
  const { html, maxCharacters = DEFAULT_MAX_CHARACTERS, ...source } = checked.data;
  const read = await readText(input, maxCharacters);
  if (read.diagnostic) yield { kind: "diagnostic", diagnostic: read.diagnostic };
  if (read.text === undefined) return;
  const text = html ? stripHtml(read.text) : read.text;
  for (const event of extractEvents(text, { ...source, ...(gazetteer ? { gazetteer } : {}) })) {
    yield { kind: "event", event, position: { offset: evidenceStart(event) } };
  }
}

const evidenceStart = (event: ExtractedEvent): number => {
  const [first] = event.sources as { evidence: { start: number } }[];
  return first?.evidence.start ?? 0;
};

/**
 * News prose to events. Give the gazetteer in the parse context (`parseWith(registry, textParser, text,
 * options, { gazetteer })`) so that actors and places resolve.
 */
export const textParser = defineParser<TextParserOptions>({
  name: "text",
  description: "News articles in English: the diplomatic and espionage events they report, with evidence.",
  extensions: ["txt", "text"],
  mediaTypes: ["text/plain"],
  parse: (input, options, context) => parseArticle(input, options, context.gazetteer),
});
