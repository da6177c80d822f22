import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The Chromium the real-browser tests drive: `CHROMIUM_PATH`, or Debian's `chromium` on the PATH (`.ci/run`
 * installs it). Undefined when there is none, and the tests then say they are skipped and why.
 */
export const findChromium = (): string | undefined => {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH under this name
    }
  }
  return undefined;
};

export const CHROMIUM_SKIP_REASON =
  "no Chromium found (set CHROMIUM_PATH or install Debian's chromium): the real-browser test is skipped";

/** Flags for a headless Chromium in a container: no sandbox (root), no GPU, no network chatter of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
];
