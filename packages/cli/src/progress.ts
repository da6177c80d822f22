import cliProgress from "cli-progress";

/** Inputs this big get a progress bar (on a terminal, without --quiet). */
export const PROGRESS_MIN_BYTES = 1024 * 1024;

/** Whether to draw a progress bar: a big input of known size, standard error a terminal, and no --quiet. */
export const wantsProgress = (facts: {
  readonly size: number | undefined;
  readonly isTTY: boolean;
  readonly quiet: boolean;
}): boolean => !facts.quiet && facts.isTTY && facts.size !== undefined && facts.size >= PROGRESS_MIN_BYTES;

const MB = 1024 * 1024;

/** Passes the chunks on, drawing how many bytes have gone by on standard error; the bar is cleared at the end. */
export async function* withProgress(
  chunks: AsyncIterable<Uint8Array>,
  size: number,
  stream: NodeJS.WritableStream,
): AsyncGenerator<Uint8Array> {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "tradecraft {bar} {percentage}% | {done} / {total_mb} MB | {eta_formatted} left",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const total_mb = (size / MB).toFixed(1);
  bar.start(size, 0, { done: "0.0", total_mb });
  let read = 0;
  try {
    for await (const chunk of chunks) {
      read += chunk.length;
      bar.update(Math.min(read, size), { done: (read / MB).toFixed(1), total_mb });
      yield chunk;
    }
  } finally {
    bar.stop();
  }
}
