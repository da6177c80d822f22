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
  let strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  // The bytes of a sequence the previous chunk left open, which the decoder holds until the next call.
  let open: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      yield { text: chunk, invalidUtf8: false };
      continue;
    }
    try {
      yield { text: strict.decode(chunk, { stream: true }), invalidUtf8: false };
      open = incompleteTail(open, chunk);
    } catch {
      // Bad bytes somewhere: decode again line by line (newline bytes never sit inside a UTF-8 sequence), so
      // that only the lines holding them are flagged, starting with the bytes the failed call swallowed.
      strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      const bytes = new Uint8Array(open.length + chunk.length);
      bytes.set(open);
      bytes.set(chunk, open.length);
      yield* decodeByLine(bytes, strict);
      open = incompleteTail(new Uint8Array(0), bytes);
    }
  }
  try {
    const rest = strict.decode();
    if (rest !== "") yield { text: rest, invalidUtf8: false };
  } catch {
    yield { text: "\uFFFD", invalidUtf8: true };
  }
}

/** The trailing bytes of `previous` + `chunk` that start a UTF-8 sequence not yet complete (at most 3). */
const incompleteTail = (previous: Uint8Array, chunk: Uint8Array): Uint8Array => {
  const bytes = chunk.length >= 4 ? chunk : Uint8Array.from([...previous, ...chunk]);
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    const b = bytes[i] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return bytes.length - i < need ? bytes.slice(i) : new Uint8Array(0);
  }
  return new Uint8Array(0);
};

/** Decodes a chunk one line at a time, flagging the lines that are not valid UTF-8. */
function* decodeByLine(chunk: Uint8Array, strict: TextDecoder): Generator<{ text: string; invalidUtf8: boolean }> {
  let start = 0;
  while (start < chunk.length) {
    let end = start;
    while (end < chunk.length && chunk[end] !== 10 && chunk[end] !== 13) end++;
    const last = end >= chunk.length;
    const segment = chunk.subarray(start, last ? end : end + 1);
    try {
      // The last segment may stop inside a sequence the next chunk completes: keep the decoder streaming.
      yield { text: strict.decode(segment, { stream: last }), invalidUtf8: false };
    } catch {
      yield { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(segment), invalidUtf8: true };
    }
    start = last ? end : end + 1;
  }
}

/**
 * Splits any input into lines, in constant memory: LF, CRLF and lone CR all end a line, a leading byte order
 * mark is dropped, and a final line without a newline is still a line.
 */
export async function* readLines(input: ParserInput, options: LineOptions = {}): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(input, options)) yield* batch;
}

/**
 * `readLines` a chunk at a time: the lines that each chunk of the input completes, as one array. Readers that
 * handle a line synchronously use it to pay one await per chunk rather than one per line.
 */
export async function* readLineBatches(input: ParserInput, options: LineOptions = {}): AsyncGenerator<Line[]> {
  const max = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  let buffer = "";
  let truncated = false;
  let invalidUtf8 = false;
  let line = 1;
  let offset = 0;
  let first = true;
  let pendingCr = false;
  // Whether the part of a truncated line that was dropped holds more than white space.
  let droppedText = false;

  const emit = (): Line => {
    // A line of nothing but white space stays a blank line, however long: only lines with content are cut.
    const cut = truncated && (droppedText || buffer.trim() !== "");
    const result = { text: buffer, line, offset, truncated: cut, invalidUtf8 };
    offset += buffer.length;
    line += 1;
    buffer = "";
    truncated = false;
    droppedText = false;
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
    const batch: Line[] = [];
    // The next LF and CR, found with indexOf (native) rather than a loop over every character.
    let lf = text.indexOf("\n", start);
    let cr = text.indexOf("\r", start);
    while (lf >= 0 || cr >= 0) {
      const i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      append(text.slice(start, i));
      batch.push(emit());
      offset += 1;
      let next = i + 1;
      if (i === cr) {
        if (next === text.length) pendingCr = true;
        else if (text.charCodeAt(next) === 10) {
          next += 1;
          offset += 1;
        }
      }
      start = next;
      if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
      if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
    }
    append(text.slice(start));
    if (batch.length > 0) yield batch;
  }
  if (buffer.length > 0 || truncated) yield [emit()];

  function append(piece: string) {
    if (truncated) {
      offset += piece.length;
      droppedText ||= piece.trim() !== "";
      return;
    }
    if (buffer.length === 0 && piece.length <= max) {
      buffer = piece;
      return;
    }
    const room = max - buffer.length;
    if (piece.length > room) {
      buffer += piece.slice(0, room);
      offset += piece.length - room;
      truncated = true;
      droppedText ||= piece.slice(room).trim() !== "";
    } else {
      buffer += piece;
    }
  }
}
