import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { CliError, EXIT } from "./errors";
import type { Io } from "./io";

/** How much of an input is looked at to recognize its format. */
export const SAMPLE_BYTES = 1024;

/** An input opened for reading: its name for messages, its first bytes, and all its bytes as a stream. */
export interface Input {
  /** The path as given, or `<stdin>`. */
  readonly name: string;
  /** The path, when it is a file. */
  readonly path: string | undefined;
  /** Its size in bytes, when known (a regular file). */
  readonly size: number | undefined;
  /** The first `SAMPLE_BYTES` bytes (fewer for a short input). */
  readonly sample: Uint8Array;
  /** Every byte, the sample included, in chunks; it can be read once. */
  readonly chunks: AsyncIterable<Uint8Array>;
}

const unreadable = (name: string, error: unknown) => {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new CliError(
    `cannot read ${name === "<stdin>" ? "standard input" : `'${name}'`} (${reason})`,
    "check the path and its permissions, or pass - to read standard input",
    EXIT.input,
  );
};

/** Reads the first bytes of a stream, then hands on the whole stream again. */
const peek = async (source: AsyncIterable<Uint8Array>, name: string) => {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  try {
    while (length < SAMPLE_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      length += next.value.length;
    }
  } catch (error) {
    throw unreadable(name, error);
  }
  const sample = Buffer.concat(head).subarray(0, SAMPLE_BYTES);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } catch (error) {
      throw unreadable(name, error);
    }
  }
  return { sample, chunks: chunks() };
};

/** Opens a file, or standard input for `-` or no file. Failures are `CliError`s with exit code 3. */
export const openInput = async (file: string | undefined, io: Io): Promise<Input> => {
  if (file === undefined && io.stdinIsTTY) {
    throw new CliError(
      "no input: standard input is a terminal",
      "give a file, or pipe events in (tradecraft stats < events.ndjson); pass - to type them",
      EXIT.usage,
    );
  }
  if (file === undefined || file === "-") {
    return { name: "<stdin>", path: undefined, size: undefined, ...(await peek(io.stdin(), "<stdin>")) };
  }
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error("a directory"), { code: "EISDIR" });
    size = info.size;
  } catch (error) {
    throw unreadable(file, error);
  }
  return { name: file, path: file, size, ...(await peek(createReadStream(file), file)) };
};

/** The whole input as bytes, for formats read at once (a JSON dataset, an article). */
export const readAll = async (input: Input): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  return Buffer.concat(parts);
};
