// Rows per second and memory of @tradecraft/parser-gdelt on generated GDELT 2.0 files of 100,000 and 1,000,000
// rows (plain, zipped, collapsing), each parsed as a stream in a fresh child process so that its peak memory
// belongs to that run alone. Memory that stays flat from 100,000 to 1,000,000 rows is the point.
//   pnpm --filter @tradecraft/parser-gdelt... build && pnpm --filter @tradecraft/bench gdelt [rows ...]
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { Zip, ZipDeflate } from "fflate";
import { generateGdeltRows } from "./generate-gdelt.mjs";

const script = new URL(import.meta.url).pathname;

/** Writes `rows` generated rows to a file, a batch of lines at a time, waiting for the disk when it lags. */
const writeRows = async (path, rows, zipped) => {
  const out = createWriteStream(path);
  let write = (chunk) => out.write(chunk);
  let finish = async () => {};
  if (zipped) {
    const zip = new Zip((error, data) => {
      if (error) throw error;
      out.write(data);
    });
    const file = new ZipDeflate(`${rows}.export.CSV`, { level: 6 });
    zip.add(file);
    write = (chunk) => {
      file.push(new TextEncoder().encode(chunk));
      return out.writableLength < out.writableHighWaterMark;
    };
    finish = async () => {
      file.push(new Uint8Array(0), true);
      zip.end();
    };
  }
  let batch = [];
  for (const row of generateGdeltRows(rows)) {
    batch.push(row);
    if (batch.length === 1000) {
      if (!write(`${batch.join("\n")}\n`)) await once(out, "drain");
      batch = [];
    }
  }
  if (batch.length > 0) write(`${batch.join("\n")}\n`);
  await finish();
  out.end();
  await once(out, "finish");
};

/**
 * In the child: parse the file as a stream. Peak RSS is the process's; the retained heap is what is still
 * reachable after a full collection every 50,000 rows, the number that must not grow with the file.
 */
const measure = async (path, options) => {
  const { GdeltTally, parseGdelt } = await import("@tradecraft/parser-gdelt");
  let retained = 0;
  const tally = new GdeltTally();
  const started = performance.now();
  for await (const record of parseGdelt(createReadStream(path), options)) {
    tally.add(record);
    if (tally.records % 50_000 === 0) {
      globalThis.gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      rows: tally.records,
      events: tally.events,
      seconds,
      peakRss: process.resourceUsage().maxRSS * 1024,
      retained,
    }),
  );
};

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

const main = async () => {
  const sizes = process.argv.slice(2).map(Number);
  const rowCounts = sizes.length > 0 ? sizes : [100_000, 1_000_000];
  const dir = mkdtempSync(join(tmpdir(), "tradecraft-gdelt-bench-"));
  const runs = [];
  try {
    for (const rows of rowCounts) {
      for (const [label, zipped, options] of [
        ["plain", false, {}],
        ["zipped", true, {}],
        ["plain, collapse", false, { collapse: true }],
      ]) {
        const path = join(dir, `${rows}.export.CSV${zipped ? ".zip" : ""}`);
        if (label !== "plain, collapse") await writeRows(path, rows, zipped);
        const output = execFileSync(
          process.execPath,
          ["--expose-gc", script, "--child", path, JSON.stringify(options)],
          {
            encoding: "utf8",
            maxBuffer: 1 << 20,
          },
        );
        const result = JSON.parse(output.trim().split("\n").at(-1));
        if (result.rows !== rows) throw new Error(`${label} ${rows}: ${result.rows} rows came out`);
        runs.push({ rows, label, size: statSync(path).size, ...result });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}\n`);
  console.log("| rows | input | file | events | seconds | rows/s | peak RSS | retained heap |");
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of runs) {
    const perSecond = Math.round(r.rows / r.seconds).toLocaleString("en-US");
    console.log(
      `| ${r.rows.toLocaleString("en-US")} | ${r.label} | ${mib(r.size)} | ${r.events.toLocaleString("en-US")} | ${r.seconds.toFixed(1)} | ${perSecond} | ${mib(r.peakRss)} | ${mib(r.retained)} |`,
    );
  }
};

if (process.argv[2] === "--child") await measure(process.argv[3], JSON.parse(process.argv[4] ?? "{}"));
else await main();
