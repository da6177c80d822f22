import { mergeConfig } from "vitest/config";
import { projectConfig } from "../../vitest.shared.ts";

// Every test runs the real binary in a child process, several times: a loaded machine needs more than 5 s.
export default mergeConfig(projectConfig("cli"), { test: { testTimeout: 60_000 } });
