import type { Writable } from "node:stream";

/** What the commands read and write, so that tests can run them without a process. */
export interface Io {
  /** Writes to standard output, resolving once the stream can take more (backpressure). */
  readonly stdout: (chunk: string | Uint8Array) => Promise<void> | void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => AsyncIterable<Uint8Array>;
  /** Whether standard input is a terminal: then there is nothing piped in to read. */
  readonly stdinIsTTY: boolean;
  /** Whether standard output is a terminal (colour for people, when NO_COLOR does not say otherwise). */
  readonly stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (progress bars are drawn only then). */
  readonly stderrIsTTY: boolean;
  /** The stream progress bars draw on. */
  readonly stderrStream?: NodeJS.WritableStream;
}

/** Writes a chunk and waits for 'drain' when the stream's buffer is full. */
export const writeTo = (stream: Writable, chunk: string | Uint8Array): Promise<void> | void => {
  if (stream.write(chunk)) return;
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off("drain", done);
      stream.off("error", done);
      if (error) reject(error);
      else resolve();
    };
    stream.once("drain", done);
    stream.once("error", done);
  });
};

export const processIo: Io = {
  stdout: (chunk) => writeTo(process.stdout, chunk),
  stderr: (text) => process.stderr.write(text),
  stdin: () => process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stderrStream: process.stderr,
};
