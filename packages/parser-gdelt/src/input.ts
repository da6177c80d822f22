import type { Diagnostic, ParserInput } from "@tradecraft/core";
import { Unzip, UnzipInflate } from "fflate";
import { gdeltDiagnostic, gdeltError } from "./diagnostics";

/** Limits on what an archive may cost. The hardening work extends this (ratios, entry counts). */
export interface InputLimits {
  /** The most bytes an archive may unzip to; past it, reading stops with TC_GDELT_ZIP_TOO_LARGE. */
  readonly maxDecompressedBytes: number;
}

const ZIP_MAGIC = [0x50, 0x4b] as const; // "PK": a local file header (PK\3\4) or an empty archive (PK\5\6)
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Compressed bytes are handed to the inflater in slices this big, so one push cannot expand past ~1000x of it. */
const SLICE = 16 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The input as an async stream of chunks, whatever form it came in. */
async function* chunksOf(input: ParserInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === "string" || input instanceof Uint8Array) yield input;
  else yield* input;
}

/**
 * Opens an input for line reading: text passes through; bytes that start like a zip archive (as GDELT publishes
 * its `.export.CSV.zip` files) are unzipped as they stream in. Only the first few bytes are looked at to decide,
 * so a plain file is never held in memory. Warnings (an archive with more than one file) go to `notices`.
 */
export async function* openInput(
  input: ParserInput,
  limits: InputLimits,
  notices: Diagnostic[],
): AsyncGenerator<string | Uint8Array> {
  const chunks = chunksOf(input);
  const head: (string | Uint8Array)[] = [];
  let headBytes: Uint8Array = new Uint8Array(0);
  // Gather at least the magic number's bytes: a stream may hand them over one at a time.
  while (headBytes.length < 2) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    if (typeof next.value === "string") break;
    headBytes = concat(headBytes, next.value);
  }
  const rest = async function* () {
    yield* head;
    yield* chunks;
  };
  if (typeof head[0] === "string" || headBytes.length < 2) yield* rest();
  else if (startsWith(headBytes, ZIP_MAGIC)) yield* unzipFirstFile(rest(), limits, notices);
  else if (startsWith(headBytes, GZIP_MAGIC)) {
    throw gdeltError("TC_GDELT_COMPRESSION_UNSUPPORTED", "the input is gzip-compressed, not a zip archive");
  } else yield* rest();
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * Streams the first file of a zip archive with fflate's streaming unzip: compressed chunks go in as they arrive,
 * inflated chunks come out, nothing else is kept. Stops at `maxDecompressedBytes` (a declared size over it is
 * refused before inflating), reports a damaged archive, and stops reading after the first file, with a warning if
 * another follows.
 */
async function* unzipFirstFile(
  chunks: AsyncIterable<string | Uint8Array>,
  limits: InputLimits,
  notices: Diagnostic[],
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let files = 0;
  let inflated = 0;
  let done = false;
  let failure: Error | undefined;
  const tooLarge = (size: number) =>
    gdeltError(
      "TC_GDELT_ZIP_TOO_LARGE",
      `the archive unzips to more than ${limits.maxDecompressedBytes} bytes (${size} seen); reading stopped`,
    );

  const unzip = new Unzip((file) => {
    files += 1;
    if (files > 1) {
      notices.push(
        gdeltDiagnostic("TC_GDELT_ZIP_EXTRA_FILE", `the archive holds more than one file: '${file.name}' was not read`),
      );
      done = true;
      return;
    }
    if (file.originalSize !== undefined && file.originalSize > limits.maxDecompressedBytes) {
      failure = tooLarge(file.originalSize);
      return;
    }
    file.ondata = (error, data, final) => {
      if (failure !== undefined) return;
      if (error) {
        failure = gdeltError("TC_GDELT_ZIP_CORRUPT", `'${file.name}' cannot be unzipped: ${error.message}`);
        return;
      }
      inflated += data.length;
      if (inflated > limits.maxDecompressedBytes) failure = tooLarge(inflated);
      else out.push(data);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  const push = (bytes: Uint8Array, final: boolean) => {
    try {
      unzip.push(bytes, final);
    } catch (error) {
      failure ??= gdeltError("TC_GDELT_ZIP_CORRUPT", `the archive is damaged: ${(error as Error).message}`);
    }
  };

  // Once the first file is done, reading goes on only to notice a second file's header and warn about it.
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    for (let start = 0; start < bytes.length; start += SLICE) {
      push(bytes.subarray(start, start + SLICE), false);
      yield* out.splice(0);
      if (failure !== undefined) throw failure;
      if (done && files > 1) return;
    }
  }
  if (!done) push(new Uint8Array(0), true);
  yield* out.splice(0);
  if (failure !== undefined) throw failure;
  if (files === 0) throw gdeltError("TC_GDELT_ZIP_EMPTY", "the zip archive holds no file");
  if (!done) throw gdeltError("TC_GDELT_ZIP_CORRUPT", "the archive ends before its first file does (truncated)");
}
