import { describe, expect, it } from "vitest";
import { stripHtml } from "./html";

describe("stripHtml", () => {
  it("keeps the length, so offsets still point into the HTML", () => {
    const html = "<p>Poland <b>expelled</b> 45 diplomats &amp; staff.</p><script>var x = '<p>';</script>";
    const text = stripHtml(html);
    expect(text.length).toBe(html.length);
    const at = text.indexOf("expelled");
    expect(html.slice(at, at + 8)).toBe("expelled");
    expect(text).toContain("&");
    expect(text).not.toContain("var x");
  });

  it("puts block elements on lines of their own", () => {
    const lines = stripHtml("<h1>Title</h1><p>Body.</p>")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual(["Title", "Body."]);
  });

  it("leaves text without tags as it is", () => {
    expect(stripHtml("5 < 6 and AT&T")).toBe("5 < 6 and AT&T");
  });
});
