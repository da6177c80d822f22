import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { earliest, latest } from "@tradecraft/core";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_SKIP_REASON, findChromium } from "../../../chromium.shared.ts";
import { mapPage } from "../src/index";
import { exampleEvents, featuresOf } from "./example-features";

/**
 * Opens the page for the examples' dataset from disk in a real Chromium (Debian's, driven by playwright-core; no
 * browser is downloaded) and uses it as a reader would. Without a Chromium the tests report themselves skipped.
 */
const chromiumPath = findChromium();
const skipReason = CHROMIUM_SKIP_REASON;
if (!chromiumPath) console.warn(skipReason);

const outputDir = fileURLToPath(new URL("../test-output/", import.meta.url));
const hostile = "</script><img src=x onerror=\"document.title='pwned'\"><b id=injected>bold</b>";

describe.skipIf(!chromiumPath)(`the map page in Chromium${chromiumPath ? "" : ` (skipped: ${skipReason})`}`, () => {
  let browser: Browser;
  let page: Page;
  let scratch = "";
  const requests: string[] = [];
  let pageUrl = "";
  let features: Awaited<ReturnType<typeof featuresOf>> = [];
  const problems: string[] = [];
  let placed: { id: string; date?: unknown; summary?: unknown; type: unknown }[] = [];
  let flows: { id: string; directed: boolean }[] = [];

  beforeAll(async () => {
    const events = await exampleEvents();
    // One event carries markup in its summary, to show that the page shows it as text.
    const first = events[0];
    if (first) events[0] = { ...first, summary: hostile };
    features = await featuresOf(events);
    placed = features.flatMap((feature) =>
      feature.geometry?.type === "Point" ? [{ ...(feature.properties as (typeof placed)[number]) }] : [],
    );
    flows = features.flatMap((feature) =>
      feature.geometry && feature.geometry.type !== "Point"
        ? [{ id: String(feature.properties?.event_id), directed: feature.properties?.directed === true }]
        : [],
    );

    mkdirSync(outputDir, { recursive: true });
    scratch = mkdtempSync(join(tmpdir(), "tradecraft-map-"));
    const file = join(scratch, "events.html");
    writeFileSync(file, await mapPage(features, { title: "Examples" }));

    browser = await chromium.launch({
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // Every request is recorded, and anything that would leave the machine is refused.
    page.on("request", (request) => requests.push(request.url()));
    await page.route(/^(?!file:|data:)/, (route) => route.abort());
    pageUrl = pathToFileURL(file).href;
    await page.goto(pageUrl);
    await page.waitForSelector("body[data-ready]");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("draws the countries, a marker per placed event and an arrow per directed flow (expulsions ...)", async () => {
    expect(await page.locator("path.country").count()).toBeGreaterThan(150);
    expect(placed.length).toBeGreaterThan(30);
    expect(await page.locator("circle.marker").count()).toBe(placed.length);
    const arrowIds = await page
      .locator("path.flow[marker-end]")
      .evaluateAll((paths) => paths.map((path) => path.getAttribute("data-id")));
    const directed = flows.filter((flow) => flow.directed).map((flow) => flow.id);
    expect(arrowIds.sort()).toEqual(directed.sort());
    expect(await page.locator("path.flow.undirected:not([marker-end])").count()).toBe(flows.length - directed.length);
    const expulsions = placed.filter((event) => event.type === "expulsion").map((event) => event.id);
    expect(arrowIds.filter((id) => expulsions.includes(id ?? "")).length).toBeGreaterThan(5);
    await page.screenshot({ path: join(outputDir, "map.png") });
  });

  it("shows an event's popup on click, with its date and summary as text", async () => {
    const event = placed.find((candidate) => typeof candidate.date === "string" && candidate.summary !== hostile);
    if (!event) throw new Error("no dated placed event");
    await page.locator(`circle.marker[data-id="${event.id}"]`).click();
    const popup = page.locator("#tc-popup");
    await expect.poll(() => popup.isVisible()).toBe(true);
    expect(await popup.locator(".tc-date").textContent()).toBe(event.date);
    expect(await popup.locator(".tc-summary").textContent()).toBe(event.summary);
    await page.screenshot({ path: join(outputDir, "popup.png") });
    await page.keyboard.press("Escape");
  });

  it("shows a hostile summary as text and runs none of it", async () => {
    const event = placed.find((candidate) => candidate.summary === hostile);
    if (!event) throw new Error("the hostile event is not placed");
    await page.locator(`circle.marker[data-id="${event.id}"]`).click();
    expect(await page.locator("#tc-popup .tc-summary").textContent()).toBe(hostile);
    expect(await page.locator("#injected, img").count()).toBe(0);
    expect(await page.title()).toBe("Examples");
    await page.keyboard.press("Escape");
  });

  it("filters markers by date with the sliders, partial dates included", async () => {
    const visible = () => page.locator("circle.marker:not(.hidden)").count();
    expect(await visible()).toBe(placed.length);
    const setDay = (id: string, iso: string) =>
      page.locator(id).evaluate(
        (input: HTMLInputElement, day) => {
          input.value = String(day);
          input.dispatchEvent(new Event("input", { bubbles: true }));
        },
        Date.parse(`${iso}T00:00:00Z`) / 86_400_000,
      );
    // The window 2018-03-15..2018-03-20 meets events dated 2018 or 2018-03 (every day they can mean), not 2016 or 2022.
    await setDay("#tc-from", "2018-03-15");
    await setDay("#tc-to", "2018-03-20");
    const meets = (date: unknown) =>
      typeof date === "string" &&
      (earliest(date)?.getTime() ?? 0) <= Date.parse("2018-03-20T23:59:59Z") &&
      (latest(date)?.getTime() ?? 0) >= Date.parse("2018-03-15T00:00:00Z");
    const dated = placed.filter((event) => meets(event.date)).length;
    const undated = placed.filter((event) => event.date === undefined).length;
    expect(dated).toBeGreaterThan(0);
    expect(dated + undated).toBeLessThan(placed.length);
    expect(await visible()).toBe(dated + undated);
    await page.locator("#tc-undated").uncheck();
    expect(await visible()).toBe(dated);
    await page.screenshot({ path: join(outputDir, "filtered.png") });
  });

  it("opens on the date window the options ask for", async () => {
    const file = join(scratch, "2018.html");
    writeFileSync(file, await mapPage(features, { title: "2018", from: "2018", to: "2018" }));
    const second = await browser.newPage();
    await second.goto(pathToFileURL(file).href);
    await second.waitForSelector("body[data-ready]");
    expect(await second.locator("#tc-from + output").textContent()).toBe("2018-01-01");
    expect(await second.locator("#tc-to + output").textContent()).toBe("2018-12-31");
    const shown = placed.filter((event) => event.date === undefined || String(event.date).startsWith("2018")).length;
    expect(await second.locator("circle.marker:not(.hidden)").count()).toBe(shown);
    await second.close();
  });

  it("made no request beyond its own file and logged no error", () => {
    expect(requests).toContain(pageUrl);
    expect(requests.filter((url) => !url.startsWith("file://") && !url.startsWith("data:"))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
