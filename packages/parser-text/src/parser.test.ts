import { coreRegistry, parseWith, type TradecraftEvent } from "@tradecraft/core";
import { gazetteer } from "@tradecraft/gazetteer";
import { describe, expect, it } from "vitest";
import { ARTICLE, ARTICLE_PUBLISHED } from "./article.fixture";
import { extractEvents } from "./extract";
import { textParser } from "./parser";

const parse = async (input: Parameters<typeof textParser.parse>[0], options = {}) => {
  const events: TradecraftEvent[] = [];
  const diagnostics: string[] = [];
  for await (const record of parseWith(coreRegistry, textParser, input, options, { gazetteer })) {
    if (record.kind === "event") events.push(record.event);
    else if (record.kind === "diagnostic") diagnostics.push(`${record.diagnostic.code}: ${record.diagnostic.message}`);
  }
  return { events, diagnostics };
};

const brief = (e: TradecraftEvent) =>
  `${e.type} ${e.date ?? "-"} ${e.initiator ?? "-"}->${e.target ?? "-"} n=${e.count ?? "-"} ${e.location?.city ?? e.location?.country ?? "-"}`;

describe("textParser", () => {
  it("reads an article into events that pass the registry", async () => {
    const { events, diagnostics } = await parse(ARTICLE, { published: ARTICLE_PUBLISHED, publisher: "Test Wire" });
    expect(diagnostics).toEqual([]);
    expect(events.map(brief)).toEqual([
      "expulsion 2024-05-13 NO->RU n=3 NO",
      "expulsion - RU->NO n=2 RU",
      "mission_closure - RU->NO n=- Murmansk",
      "arrest 2023 NO->RU n=1 Bergen",
      "arrest 2024-03 NO->- n=1 Stavanger",
    ]);
  });

  it("cites the sentence that states each event, with offsets into the input", async () => {
    const { events } = await parse(ARTICLE, { published: ARTICLE_PUBLISHED, publisher: "Test Wire" });
    for (const event of events) {
      for (const source of event.sources ?? []) {
        const evidence = source.evidence;
        expect(evidence).toBeDefined();
        if (evidence) expect(ARTICLE.slice(evidence.start, evidence.end)).toBe(evidence.text);
        expect(source).toMatchObject({ publisher: "Test Wire", published: ARTICLE_PUBLISHED });
      }
    }
  });

  it("merges the headline into the body's event and keeps both as evidence", async () => {
    const { events } = await parse(ARTICLE, { published: ARTICLE_PUBLISHED });
    const [first] = events;
    expect(first?.sources?.map((s) => s.evidence?.text)).toEqual([
      expect.stringMatching(/^Norway expelled three/),
      "Norway expels three Russian diplomats",
    ]);
    const bodyOnly = extractEvents(ARTICLE.split("\n")[4] ?? "", { gazetteer, published: ARTICLE_PUBLISHED });
    expect(first?.confidence).toBeGreaterThan(bodyOnly[0]?.confidence as number);
  });

  it("writes a neutral summary, not the sentence", async () => {
    const { events } = await parse(ARTICLE, { published: ARTICLE_PUBLISHED });
    expect(events[0]?.summary).toBe("Norway expelled diplomats of Russia; count: 3; place: Norway; date: 2024-05-13.");
  });

  it("gives ids that stay the same for the same text", async () => {
    const once = extractEvents(ARTICLE, { gazetteer }).map((e) => e.id);
    const again = extractEvents(ARTICLE, { gazetteer }).map((e) => e.id);
    expect(once).toEqual(again);
    expect(once[0]).toMatch(/^txt-[0-9a-f]{8}-1$/);
    expect(extractEvents(`${ARTICLE} `, { gazetteer })[0]?.id).not.toBe(once[0]);
  });

  it("reads bytes and chunks like text", async () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    const chunks = [bytes.slice(0, 100), bytes.slice(100)];
    const fromText = (await parse(ARTICLE)).events.map(brief);
    expect((await parse(bytes)).events.map(brief)).toEqual(fromText);
    expect((await parse(chunks)).events.map(brief)).toEqual(fromText);
  });

  it("reads HTML when asked, with offsets into the HTML", async () => {
    const html = "<html><body><h1>Report</h1><p>Poland expelled 45 Russian diplomats in <b>2022</b>.</p></body></html>";
    const { events } = await parse(html, { html: true });
    expect(events.map(brief)).toEqual(["expulsion 2022 PL->RU n=45 PL"]);
    const evidence = events[0]?.sources?.[0]?.evidence;
    expect(html.slice(evidence?.start, evidence?.end)).toBe("Poland expelled 45 Russian diplomats in <b>2022</b>.");
  });

  it("works without a gazetteer, knowing only country names", async () => {
    const events = extractEvents("Poland expelled 45 Russian diplomats. Poland closed the embassy of Russia in 2022.");
    expect(events.map((e) => `${e.type} ${e.initiator ?? "-"}->${e.target ?? "-"}`)).toEqual([
      "expulsion PL->-",
      "mission_closure PL->RU",
    ]);
  });

  it("reports input that is not an article as diagnostics", async () => {
    expect((await parse("x".repeat(50), { maxCharacters: 10 })).diagnostics).toEqual([
      "TC_TEXT_TOO_LARGE: the input is longer than 10 characters",
    ]);
    expect((await parse(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).diagnostics).toEqual([
      "TC_NOT_TEXT: the input is not valid UTF-8 text",
    ]);
    expect((await parse("a\u0000b")).diagnostics).toEqual([
      "TC_NOT_TEXT: the input contains NUL characters: it is not text",
    ]);
    expect((await parse("text", { published: "last week" })).diagnostics[0]).toMatch(/^TC_OPTIONS_INVALID: published/);
  });

  it("finds nothing in text without events, and says nothing about it", async () => {
    expect(await parse("The weather in Oslo was mild. Diplomats could be expelled one day.")).toEqual({
      events: [],
      diagnostics: [],
    });
  });
});

describe("odd input", () => {
  it.each([
    ["empty", ""],
    ["blank lines", "\n\n   \n\t\n"],
    ["emoji and other scripts", "🚀 Москва выслала дипломатов. 北京 关闭 领事馆. طرد دبلوماسيين"],
    ["numbers only", "1 2 3 4 5 2018 2019 1,000,000 99%"],
    ["a very long line", `Poland expelled 45 Russian diplomats ${"and more ".repeat(5000)}.`],
    ["far years", "In 12018, in 999 and on 31 February 2023 nothing happened."],
    ["markup without the html option", "<p>Poland <b>expelled</b> 45 Russian diplomats.</p>"],
  ])("%s: no exception, only valid events", async (_name, text) => {
    const { diagnostics } = await parse(text);
    expect(diagnostics).toEqual([]);
  });
});
