// The longer fuzz run: `pnpm fuzz [minutes per parser] [parser name filter]`, parsers one after another.
// Prints, per parser, the cases run, the records that came out, the slowest case, and any failure with its seed.
import fc from "fast-check";
import { FUZZ_TARGETS, fuzzInput, fuzzOnce } from "./fuzz";

const minutes = Number(process.argv[2] ?? 10);
const only = process.argv[3]?.toLowerCase();

for (const target of FUZZ_TARGETS.filter((t) => only === undefined || t.name.toLowerCase().includes(only))) {
  const totals = { cases: 0, events: 0, diagnostics: 0, skips: 0, slowestMs: 0 };
  const started = Date.now();
  const result = await fc.check(
    fc.asyncProperty(fuzzInput(target), async (input) => {
      const outcome = await fuzzOnce(target, input);
      totals.cases += 1;
      totals.events += outcome.events;
      totals.diagnostics += outcome.diagnostics + outcome.fileDiagnostics;
      totals.skips += outcome.skips;
      totals.slowestMs = Math.max(totals.slowestMs, Math.round(outcome.milliseconds));
    }),
    { numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: minutes * 60_000, markInterruptAsFailure: false },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  const verdict = result.failed
    ? `FAILED (seed ${result.seed}, path ${result.counterexamplePath}): ${String(result.errorInstance).slice(0, 500)}`
    : "no failure";
  console.log(`${target.name}: ${seconds} s, ${JSON.stringify(totals)}, ${verdict}`);
  if (result.failed) process.exitCode = 1;
}
