// CSV export of generated events: @tradecraft/exporter-csv against csv-stringify and Papa Parse's unparse, on the
// same flat rows (core's flattenEvent, every registered type's columns), at 100,000 and 1,000,000 events. Each run
// is its own child process, so that one run's heap cannot inflate the next one's figures. Needs the packages built
// (pnpm run build); run with `pnpm --filter @tradecraft/bench csv`, or `node csv.mjs 100000` for one size.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { Readable } from "node:stream";
import { coreRegistry, flatColumns, flattenEvent } from "@tradecraft/core";
import { formatCsv } from "@tradecraft/exporter-csv";
import { stringify } from "csv-stringify";
import Papa from "papaparse";
import { generateEvents } from "./generate-events.mjs";

const SIZES = process.argv[2] === undefined ? [100_000, 1_000_000] : [Number(process.argv[2])];
const CONTENDERS = ["@tradecraft/exporter-csv", "csv-stringify", "papaparse.unparse"];
/** Papa Parse's unparse takes an array, not a stream: it is given the rows this many at a time. */
const PAPA_BATCH = 10_000;
const SAMPLE_EVERY = 10_000;

const columns = flatColumns(coreRegistry);
let peakHeap = 0;
let peakRss = 0;

/** The generated events, sampling memory as they go (timers cannot fire inside a busy pipeline). */
function* events(n) {
  let i = 0;
  for (const event of generateEvents(n)) {
    if (++i % SAMPLE_EVERY === 0) {
      const { heapUsed, rss } = process.memoryUsage();
      peakHeap = Math.max(peakHeap, heapUsed);
      peakRss = Math.max(peakRss, rss);
    }
    yield event;
  }
}
function* rows(n) {
  for (const event of events(n)) yield flattenEvent(event, { registry: coreRegistry });
}

const RUNS = {
  async "@tradecraft/exporter-csv"(n, sink) {
    for await (const chunk of formatCsv(events(n), { registry: coreRegistry })) sink(chunk);
  },
  async "csv-stringify"(n, sink) {
    const stringifier = stringify({
      columns,
      header: true,
      record_delimiter: "windows",
      escape_formulas: true,
      cast: { boolean: (value) => String(value) },
    });
    Readable.from(rows(n)).pipe(stringifier);
    for await (const chunk of stringifier) sink(chunk);
  },
  async "papaparse.unparse"(n, sink) {
    let batch = [];
    let header = true;
    const flush = () => {
      sink(Papa.unparse({ fields: columns, data: batch }, { header, newline: "\r\n", escapeFormulae: true }));
      sink("\r\n");
      header = false;
      batch = [];
    };
    for (const row of rows(n)) {
      batch.push(columns.map((c) => row[c] ?? ""));
      if (batch.length === PAPA_BATCH) flush();
    }
    if (batch.length > 0) flush();
  },
};

/** One measured run, in this process: prints its figures as JSON. */
const measure = async (contender, n) => {
  let bytes = 0;
  const sink = (chunk) => {
    bytes += chunk.length;
  };
  const start = process.hrtime.bigint();
  await RUNS[contender](n, sink);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const { heapUsed, rss } = process.memoryUsage();
  peakHeap = Math.max(peakHeap, heapUsed);
  peakRss = Math.max(peakRss, rss, process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({ contender, n, seconds, chars: bytes, peakRss, peakHeap }));
};

if (process.argv[2] === "--run") {
  await measure(process.argv[3], Number(process.argv[4]));
} else {
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`);
  console.log("| events | library | time (s) | events/s | output (MB of text) | peak RSS (MB) | peak heap (MB) |");
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const n of SIZES) {
    for (const contender of CONTENDERS) {
      const child = spawnSync(process.execPath, [import.meta.filename, "--run", contender, String(n)], {
        encoding: "utf8",
      });
      if (child.status !== 0) throw new Error(`${contender} at ${n} failed:\n${child.stderr}`);
      const run = JSON.parse(child.stdout);
      const rate = Math.round(n / run.seconds).toLocaleString("en");
      console.log(
        `| ${n.toLocaleString("en")} | ${contender} | ${run.seconds.toFixed(2)} | ${rate} | ${mb(run.chars)} | ${mb(run.peakRss)} | ${mb(run.peakHeap)} |`,
      );
    }
  }
}
