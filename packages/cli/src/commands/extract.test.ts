import { join } from "node:path";
import { STANDARD_COLUMNS } from "@tradecraft/core";
import { beforeAll, describe, expect, it } from "vitest";
import { folder, tradecraft } from "../bin.fixture";

const ARTICLE = `Estonia expels Russian diplomat

Estonia expelled a Russian diplomat last month, accusing him of undermining its security.
In 2023, Estonian police arrested a university professor suspected of spying for Russia.`;

let dir = "";
beforeAll(() => {
  dir = folder({ "article.txt": ARTICLE, "binary.bin": new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]) });
});

const rows = (csv: string) => csv.trimEnd().split("\r\n");

describe("tradecraft extract", () => {
  it("writes CSV with the standard header, and the count line on standard error", () => {
    const run = tradecraft(["extract", join(dir, "article.txt"), "--published", "2024-05-15", "--to", "csv"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^tradecraft: .*article\.txt: 2 records: 2 events, 0 rejected\n$/);
    const [header, ...events] = rows(run.stdout);
    expect(header?.split(",").slice(0, STANDARD_COLUMNS.length)).toEqual([...STANDARD_COLUMNS]);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatch(/^txt-[0-9a-f]{8}-1,expulsion,2024-04,/);
    expect(events[1]).toMatch(/,arrest,2023,/);
  });

  it("writes NDJSON, one event per line; --quiet leaves standard error empty", () => {
    const run = tradecraft(["extract", join(dir, "article.txt"), "--to", "ndjson", "--quiet"]);
    expect(run.stderr).toBe("");
    const events = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.map((e) => [e.type, e.initiator, e.target, e.date])).toEqual([
      ["expulsion", "EE", "RU", undefined],
      ["arrest", "EE", "RU", "2023"],
    ]);
  });

  it("reads standard input for -, and writes the format -o names", () => {
    const run = tradecraft(["extract", "-", "--to", "ndjson"], {
      input: "Poland expelled 45 Russian diplomats in 2022.",
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ type: "expulsion", initiator: "PL", target: "RU", count: 45 });
    const out = join(dir, "events.geojson");
    const file = tradecraft(["extract", join(dir, "article.txt"), "-o", out, "-q"]);
    expect(file.status).toBe(0);
    expect(file.stdout).toBe("");
  });

  it("exits 2 on a wrong command line, with a one-line message", () => {
    for (const args of [
      ["extract"],
      ["extract", "a.txt", "--published", "2024-13-40"],
      ["extract", "a.txt", "--to", "xml"],
    ]) {
      const run = tradecraft(args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
      expect(run.stderr).toMatch(/^tradecraft: /);
    }
  });

  it("exits 3 when the input cannot be read as an article", () => {
    const missing = tradecraft(["extract", join(dir, "missing.txt")]);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/^tradecraft: cannot read '.*missing\.txt' \(ENOENT\) \(hint: check the path/);
    const binary = tradecraft(["extract", join(dir, "binary.bin")]);
    expect(binary.status).toBe(3);
    expect(binary.stderr).toMatch(/not valid UTF-8 text \(TC_NOT_TEXT\)/);
  });

  it("prints help with examples and exits 0", () => {
    const run = tradecraft(["extract", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--published <date>");
    expect(run.stdout).toContain("Examples:");
  });
});
