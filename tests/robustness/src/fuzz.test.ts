import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_TARGETS, fuzzInput, fuzzOnce } from "./fuzz";

/** A bounded run for CI: the longer one is `pnpm fuzz` (src/fuzz-long.ts). */
const numRuns = Number(process.env.ROBUSTNESS_RUNS ?? 1000);

describe.each(FUZZ_TARGETS)("fuzzing the $name parser", (target) => {
  it(`survives ${numRuns} mutated and random inputs, accounting for every record`, { timeout: 60_000 }, async () => {
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fuzzInput(target), async (input) => {
        slowest = Math.max(slowest, (await fuzzOnce(target, input)).milliseconds);
      }),
      { numRuns },
    );
    // No input of a few kilobytes may take long: a hang or a quadratic blow-up shows here.
    expect(slowest).toBeLessThan(5_000);
  });
});
