import { coreRegistry } from "@tradecraft/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * Core checks a citation's URL with a pattern for common addresses and the WHATWG URL parser for the rest, instead
 * of `z.url()` (issue 10: parsing every address cost a fifteenth of reading a big NDJSON file). The pattern must
 * never take what the parser refuses: on any string, core must answer as `z.url({ protocol: /^https?$/ })`, but
 * for the tabs and line ends inside an address, which it refuses where `z.url()` drops them.
 */
const zodUrl = z.url({ protocol: /^https?$/ });
const runs = { numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 300) * 10 };

const citedUrl = (url: string) => {
  const result = coreRegistry.parseEvent({ id: "e1", type: "expulsion", sources: [{ url }] });
  return result.success ? { accepted: true, url: result.event.sources?.[0]?.url } : { accepted: false };
};

const expected = (url: string) => {
  const trimmed = url.trim();
  const accepted = zodUrl.safeParse(url).success && !/[\t\n\r]/.test(trimmed);
  return accepted ? { accepted, url: trimmed } : { accepted };
};

const urlLike = fc
  .tuple(
    fc.constantFrom("http://", "https://", "HTTPS://", "http:/", "http:", "ftp://", "", " http://"),
    fc.array(
      fc.oneof(
        fc.stringMatching(/^[a-z0-9-]{1,8}$/),
        fc.constantFrom("xn--", "xn--bcher-kva", "0x1f", "255", "999999999999", "münchen", "-", ""),
      ),
      { minLength: 0, maxLength: 4 },
    ),
    fc.constantFrom("", ":80", ":99999", ":x", "@", ".", "..", "[::1]", "%41", "\t", "\n"),
    fc.oneof(
      fc.constant(""),
      fc.string({ maxLength: 12 }).map((s) => `/${s}`),
      fc.constantFrom("?q=1", "#f", " "),
    ),
  )
  .map(([scheme, labels, extra, rest]) => `${scheme}${labels.join(".")}${extra}${rest}`);

describe("citation URLs", () => {
  it("are read as z.url() reads them, on address-like and on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(urlLike, fc.webUrl(), fc.string()), (url) => {
        expect(citedUrl(url)).toEqual(expected(url));
      }),
      runs,
    );
  });

  it("are trimmed, and refused with a tab or line end inside", () => {
    expect(citedUrl("  https://example.org/a  ")).toEqual({ accepted: true, url: "https://example.org/a" });
    expect(citedUrl("https://exa\tmple.org/")).toEqual({ accepted: false });
    expect(citedUrl("http://192.168.0.1:8080/x")).toEqual({ accepted: true, url: "http://192.168.0.1:8080/x" });
    expect(citedUrl("http://a.123")).toEqual({ accepted: false });
  });
});
