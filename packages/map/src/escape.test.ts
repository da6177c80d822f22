import { describe, expect, it } from "vitest";
import { escapeHtml, scriptJson } from "./escape";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("scriptJson", () => {
  const hostile = { summary: "</script><img src=x onerror=alert(1)><!-- \u2028 & done" };

  it("cannot close a script element or open a comment", () => {
    const text = scriptJson(hostile);
    expect(text).not.toMatch(/<\/script|<!--|<img|[\u2028\u2029]/i);
    expect(text).toContain("\\u003c/script\\u003e");
  });

  it("reads back unchanged", () => {
    expect(JSON.parse(scriptJson(hostile))).toEqual(hostile);
  });
});
