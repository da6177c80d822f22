import { randomBytes } from "node:crypto";
import { close as closeFd, fsync, openSync, rmSync, write as writeFd } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { CliError, EXIT } from "./errors";
import type { Io } from "./io";

/** Where a command writes: standard output, or a file that appears whole or not at all. */
export interface Output {
  /** The path as given, or `<stdout>`. */
  readonly name: string;
  write(chunk: string | Uint8Array): Promise<void>;
  /** Makes the output final: for a file, flushes it to disk and renames it into place. */
  commit(): Promise<void>;
  /** Throws the output away: for a file, removes the temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

/** Temporary files not yet renamed or removed: a signal removes them before the process dies. */
const pending = new Set<string>();
let handlersInstalled = false;

const onSignal = (signal: NodeJS.Signals) => {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
  // Die of the signal, as the shell expects (exit status 128 + its number).
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  process.kill(process.pid, signal);
};

const installSignalHandlers = () => {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
};

const unwritable = (path: string, error: unknown) => {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new CliError(
    `cannot write '${path}' (${reason})`,
    "check that the folder exists and that you may write to it, or leave out -o to write to standard output",
    EXIT.output,
  );
};

/** The temporary file's name: hidden, beside the target (so the rename stays on one file system), unique. */
export const temporaryPath = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);

/**
 * Opens an output. For a file, everything goes to a temporary file in the same folder, which is flushed to disk
 * (fsync) and renamed over the target on success, and removed on failure or on SIGINT/SIGTERM: an interrupted
 * run never leaves a truncated file.
 */
export const openOutput = async (path: string | undefined, io: Io): Promise<Output> => {
  if (path === undefined || path === "-") {
    return {
      name: "<stdout>",
      write: async (chunk) => {
        await io.stdout(chunk);
      },
      commit: async () => {},
      abort: async () => {},
    };
  }
  const temporary = temporaryPath(path);
  installSignalHandlers();
  // Opened synchronously: a signal handled between the file's creation and its entry in `pending` would miss it.
  let fd: number;
  try {
    fd = openSync(temporary, "wx");
  } catch (error) {
    throw unwritable(path, error);
  }
  pending.add(temporary);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await promisify(closeFd)(fd);
  };
  return {
    name: path,
    write: async (chunk) => {
      try {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        for (let done = 0; done < bytes.length; ) {
          done += (await promisify(writeFd)(fd, bytes, done, bytes.length - done)).bytesWritten;
        }
      } catch (error) {
        throw unwritable(path, error);
      }
    },
    commit: async () => {
      try {
        await promisify(fsync)(fd);
        await close();
        await rename(temporary, path);
        pending.delete(temporary);
      } catch (error) {
        await close().catch(() => {});
        await rm(temporary, { force: true });
        pending.delete(temporary);
        throw unwritable(path, error);
      }
    },
    abort: async () => {
      await close().catch(() => {});
      await rm(temporary, { force: true });
      pending.delete(temporary);
    },
  };
};
