#!/usr/bin/env node
import { run } from "../dist/index.js";

// A reader that stops early (`tradecraft export ... | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
