// Throughput and peak memory of @tradecraft/validators on generated events, streamed (never all in memory):
// the full rule set (with the fake gazetteer, so geography runs), the duplicate rule alone (on trusted input,
// the shape check off), and the shape check alone for reference. Each run is its own child process, so its
// peak resident memory is its own; the full set runs twice, the second time with V8's heap capped. Build first: pnpm --filter @tradecraft/validators build.
//
//   node validators.mjs [--events 1000000]

import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { builtinRules, validate } from "@tradecraft/validators";
import { fakeGazetteer } from "./fake-gazetteer.mjs";
import { generateEvents } from "./generate-events.mjs";

const NOW = new Date("2025-06-01T00:00:00Z");

const allOffBut = (...keep) =>
  Object.fromEntries(
    ["shape.schema", ...builtinRules.map((rule) => rule.id)]
      .filter((id) => !keep.includes(id))
      .map((id) => [id, "off"]),
  );

const RUNS = {
  full: { label: "full rule set (22 rules + reciprocity, fake gazetteer)", options: { gazetteer: fakeGazetteer } },
  // The same with V8's heap capped: what the validator needs, rather than what V8 lets garbage grow to.
  capped: {
    label: "full rule set, heap capped (--max-old-space-size=320)",
    options: { gazetteer: fakeGazetteer },
    node: ["--max-old-space-size=320"],
  },
  duplicates: {
    label: "duplicates.probable alone (trusted input)",
    options: { rules: allOffBut("duplicates.probable"), reciprocity: false },
  },
  shape: { label: "shape check alone (reference)", options: { rules: allOffBut("shape.schema"), reciprocity: false } },
};

async function* stream(count) {
  yield* generateEvents(count);
}

/** In a child: one run, its figures as one JSON line. */
const child = async (name, count) => {
  const started = performance.now();
  const report = await validate(stream(count), { now: NOW, ...RUNS[name].options });
  const seconds = (performance.now() - started) / 1000;
  const { maxRSS } = process.resourceUsage();
  console.log(
    JSON.stringify({
      name,
      events: report.events,
      seconds,
      perSecond: Math.round(report.events / seconds),
      peakRssMb: Math.round(maxRSS / 1024),
      issues: report.counts,
    }),
  );
};

const [mode, name, countText] = process.argv.slice(2);
if (mode === "--child") {
  await child(name, Number(countText));
} else {
  const countIndex = process.argv.indexOf("--events");
  const count = countIndex === -1 ? 1_000_000 : Number(process.argv[countIndex + 1]);
  const self = fileURLToPath(import.meta.url);
  console.log(
    `@tradecraft/validators on ${count.toLocaleString("en")} generated events — Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB\n`,
  );
  console.log("| run | events/s | time | peak RSS | errors / warnings found |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const run of Object.keys(RUNS)) {
    const args = [...(RUNS[run].node ?? []), self, "--child", run, String(count)];
    const result = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (result.status !== 0) {
      console.error(result.stderr);
      process.exit(1);
    }
    const figures = JSON.parse(result.stdout.trim().split("\n").at(-1));
    console.log(
      `| ${RUNS[run].label} | ${figures.perSecond.toLocaleString("en")} | ${figures.seconds.toFixed(1)} s | ${figures.peakRssMb} MB | ${figures.issues.error.toLocaleString("en")} / ${figures.issues.warning.toLocaleString("en")} |`,
    );
  }
}
