import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_SKIP_REASON, findChromium } from "../../../chromium.shared.ts";
import { runJob } from "./job";

/** The main job's `map.html`, opened from disk in Debian's Chromium as a reader would open `out/map.html`. */
const chromiumPath = findChromium();
if (!chromiumPath) console.warn(CHROMIUM_SKIP_REASON);

const data = (path: string) => fileURLToPath(new URL(`../../data/${path}`, import.meta.url));
const screenshots = fileURLToPath(new URL("../test-output/", import.meta.url));
const temp = mkdtempSync(join(tmpdir(), "tc-main-map-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(!chromiumPath)(
  `out/map.html in Chromium${chromiumPath ? "" : ` (skipped: ${CHROMIUM_SKIP_REASON})`}`,
  () => {
    it("shows a marker per placed event and an arrow per expulsion flow, and a popup on click", {
      timeout: 120_000,
    }, async () => {
      const result = await runJob({
        dataset: data("events.ndjson"),
        articles: data("articles/articles.json"),
        outDir: temp,
        now: new Date("2026-01-01T00:00:00Z"),
      });
      expect(result.exitCode, result.text).toBe(0);
      const geojson = JSON.parse(readFileSync(join(temp, "events.geojson"), "utf8")) as {
        features: { geometry: { type: string } | null; properties: Record<string, unknown> }[];
      };
      const points = geojson.features.filter((f) => f.geometry?.type === "Point");
      const directed = geojson.features.filter((f) => f.geometry?.type !== "Point" && f.properties.directed === true);

      const browser = await chromium.launch({ executablePath: chromiumPath ?? "chromium", args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await page.route(/^(?!file:|data:)/, (route) => route.abort());
        await page.goto(pathToFileURL(join(temp, "map.html")).href);
        await page.waitForSelector("body[data-ready]");

        expect(await page.locator("path.country").count()).toBeGreaterThan(150);
        expect(await page.locator("circle.marker").count()).toBe(points.length);
        expect(directed.length).toBeGreaterThan(20);
        expect(await page.locator("path.flow[marker-end]").count()).toBe(directed.length);

        await page.locator(`circle.marker[data-id="${String(points[0]?.properties.id)}"]`).click();
        await expect.poll(() => page.locator("#tc-popup").isVisible()).toBe(true);
        mkdirSync(screenshots, { recursive: true });
        await page.screenshot({ path: join(screenshots, "main-job-map.png") });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  },
);
