import type { Diagnostic } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { exampleEvents, featuresOf } from "../test/example-features";
import type { Mark, PageMeta } from "./marks";
import { mapPage, renderMap } from "./page";

/** The JSON a page carries in one of its data elements. */
const dataOf = <T>(page: string, id: string): T => {
  const match = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(page);
  if (!match?.[1]) throw new Error(`no #${id} in the page`);
  return JSON.parse(match[1]) as T;
};

const hostile = "</script><img src=x onerror=alert(1)><script>alert(2)</script>";

describe("renderMap", () => {
  it("streams the head, one chunk per drawn feature, then the tail", async () => {
    const features = await featuresOf(await exampleEvents());
    const chunks: string[] = [];
    for await (const chunk of renderMap(features)) chunks.push(chunk);
    expect(chunks).toHaveLength(features.length + 2);
    expect(chunks[0]).toMatch(/^<!doctype html>/);
    expect(chunks.at(-1)).toMatch(/<\/html>\n$/);
  });

  it("takes an async iterable and accounts for every record: drawn, listed as unplaced, or a problem", async () => {
    const features = await featuresOf(await exampleEvents());
    async function* stream() {
      yield* features;
      yield {
        type: "Feature",
        geometry: { type: "Point", coordinates: [0, 99] },
        properties: { type: "arrest" },
      } as const;
    }
    const seen: Diagnostic[] = [];
    const page = await mapPage(stream(), { onDiagnostic: (diagnostic) => seen.push(diagnostic) });
    const marks = dataOf<Mark[]>(page, "tc-marks");
    const meta = dataOf<PageMeta>(page, "tc-meta");
    expect(marks.length + meta.problems.length).toBe(features.length + 1);
    expect(meta.problems).toEqual([expect.objectContaining({ record: features.length, code: "TC_MAP_FEATURE" })]);
    expect(seen.map((d) => d.code)).toEqual(["TC_MAP_FEATURE"]);
    const unplaced = marks.filter((mark) => mark.kind === "event" && mark.at === null);
    expect(unplaced.length).toBe(features.filter((feature) => feature.geometry === null).length);
  });

  it("escapes every event field and the title: no markup gets in", async () => {
    const [event] = await exampleEvents();
    if (!event) throw new Error("no example event");
    const features = await featuresOf([{ ...event, summary: hostile }]);
    const page = await mapPage(features, { title: `<b>${hostile}</b>` });
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>");
    // One <script> element per data block and one for the code: none was opened by the input.
    expect(page.match(/<script/g)).toHaveLength(3);
    expect(dataOf<Mark[]>(page, "tc-marks")[0]).toMatchObject({ summary: hostile });
    expect(page).toContain("<title>&lt;b&gt;&lt;/script&gt;&lt;img");
  });

  it("writes the initial date window from EDTF options", async () => {
    const page = await mapPage([], { title: "Empty", from: "2022", to: "2022-03" });
    expect(dataOf<PageMeta>(page, "tc-meta")).toEqual({
      title: "Empty",
      from: Date.UTC(2022, 0, 1) / 86_400_000,
      to: Date.UTC(2022, 2, 31) / 86_400_000,
      problems: [],
    });
    expect(dataOf<Mark[]>(page, "tc-marks")).toEqual([]);
  });

  it("refuses bad options before writing anything, with a code and a hint", async () => {
    await expect(mapPage([], { from: "March" })).rejects.toMatchObject({ code: "TC_MAP_OPTIONS" });
    // @ts-expect-error: an unknown option
    await expect(mapPage([], { titel: "x" })).rejects.toMatchObject({
      code: "TC_MAP_OPTIONS",
      hint: expect.any(String),
    });
  });
});
