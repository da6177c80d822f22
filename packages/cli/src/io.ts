import { readFile } from "node:fs/promises";

/** What the commands read and write, so that tests can run them without a process. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => AsyncIterable<Uint8Array>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => process.stdin,
  readFile: (path) => readFile(path),
};
