import type { ParserInput } from "./plugins";

export interface Line {
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
  /** Offset of the line's first character from the start of the input, in UTF-16 code units. */
  readonly offset: number;
  /** Set when the line was longer than the limit: `text` then holds only its start. */
  readonly truncated: boolean;
  /** Set when the bytes of the line were not valid UTF-8 (the bad bytes read as U+FFFD). */
  readonly invalidUtf8: boolean;
}

export interface LineOptions {
  /** Lines longer than this (in characters) are cut and flagged, so one huge line cannot exhaust memory. */
  readonly maxLineLength?: number;
}

export const DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

/** Yields the input as string chunks, decoding bytes as UTF-8 across chunk boundaries. */
export async function* textChunks(input: ParserInput): AsyncGenerator<{ text: string; invalidUtf8: boolean }> {
  if (typeof input === "string") {
    yield { text: input, invalidUtf8: false };
    return;
  }
  const chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> =
    input instanceof Uint8Array ? [input] : input;
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      yield { text: chunk, invalidUtf8: false };
      continue;
    }
    // Decode strictly to notice bad bytes; when there are some, decode the chunk leniently and say so.
    try {
      yield { text: strict.decode(chunk, { stream: true }), invalidUtf8: false };
    } catch {
      yield { text: lenient.decode(chunk, { stream: true }), invalidUtf8: true };
    }
  }
  const rest = strict.decode();
  if (rest !== "") yield { text: rest, invalidUtf8: false };
}

/**
 * Splits any input into lines, in constant memory: LF, CRLF and lone CR all end a line, a leading byte order
 * mark is dropped, and a final line without a newline is still a line.
 */
export async function* readLines(input: ParserInput, options: LineOptions = {}): AsyncGenerator<Line> {
  const max = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  let buffer = "";
  let truncated = false;
  let invalidUtf8 = false;
  let line = 1;
  let offset = 0;
  let first = true;
  let pendingCr = false;

  const emit = (): Line => {
    const result = { text: buffer, line, offset, truncated, invalidUtf8 };
    offset += buffer.length;
    line += 1;
    buffer = "";
    truncated = false;
    invalidUtf8 = false;
    return result;
  };

  for await (const chunk of textChunks(input)) {
    let text = chunk.text;
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        offset += 1;
      }
      first = false;
    }
    invalidUtf8 ||= chunk.invalidUtf8;
    let start = 0;
    if (pendingCr && text.startsWith("\n")) {
      start = 1;
      offset += 1;
    }
    pendingCr = false;
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      append(text.slice(start, i));
      yield emit();
      offset += 1;
      if (c === 13) {
        if (i + 1 === text.length) pendingCr = true;
        else if (text.charCodeAt(i + 1) === 10) {
          i += 1;
          offset += 1;
        }
      }
      start = i + 1;
    }
    append(text.slice(start));
  }
  if (buffer.length > 0 || truncated) yield emit();

  function append(piece: string) {
    if (truncated) {
      offset += piece.length;
      return;
    }
    const room = max - buffer.length;
    if (piece.length > room) {
      buffer += piece.slice(0, room);
      offset += piece.length - room;
      truncated = true;
    } else {
      buffer += piece;
    }
  }
}
