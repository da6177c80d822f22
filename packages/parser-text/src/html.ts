/**
 * Turns HTML into text of the same length: tags and the content of scripts and styles become spaces (block
 * tags a newline, so paragraphs stay apart) and the common entities become their character padded with spaces.
 * Evidence offsets therefore point into the HTML as given. A scanner with `indexOf`, no regular expression.
 */
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "section",
  "article",
  "blockquote",
  "header",
  "footer",
  "title",
]);
const RAW_TEXT = ["script", "style", "noscript", "template"];
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
  "&nbsp;": " ",
  "&rsquo;": "\u2019",
  "&lsquo;": "\u2018",
  "&ldquo;": "\u201C",
  "&rdquo;": "\u201D",
  "&ndash;": "\u2013",
  "&mdash;": "\u2014",
};

const blank = (length: number, block: boolean) =>
  block && length > 0 ? `\n${" ".repeat(length - 1)}` : " ".repeat(length);

const tagName = (tag: string) => {
  let i = tag[1] === "/" ? 2 : 1;
  let name = "";
  while (i < tag.length && /[A-Za-z0-9]/.test(tag[i] as string)) name += tag[i++];
  return name.toLowerCase();
};

export const stripHtml = (html: string): string => {
  let out = "";
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === "<") {
      const close = html.indexOf(">", i);
      if (close < 0) {
        out += html.slice(i);
        break;
      }
      const tag = html.slice(i, close + 1);
      const name = tagName(tag);
      let end = close + 1;
      if (RAW_TEXT.includes(name) && tag[1] !== "/") {
        const closing = html.toLowerCase().indexOf(`</${name}`, end);
        const closingEnd = closing < 0 ? html.length : html.indexOf(">", closing) + 1 || html.length;
        end = closingEnd;
      }
      out += blank(end - i, BLOCK_TAGS.has(name));
      i = end;
      continue;
    }
    if (c === "&") {
      const semicolon = html.indexOf(";", i);
      const entity = semicolon > i && semicolon - i <= 8 ? html.slice(i, semicolon + 1) : "";
      const decoded = ENTITIES[entity];
      if (decoded !== undefined) {
        out += decoded + " ".repeat(entity.length - decoded.length);
        i = semicolon + 1;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
};
