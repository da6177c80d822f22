import { describe, expect, it } from "vitest";
import { skipReason } from "./cameo-mapping";
import { COLLAPSED_REASON, FILTERED, guardReason, HEADER_REASON, skipKind } from "./skips";

describe("skip reasons", () => {
  it("each belong to one kind a tally can group by", () => {
    expect(skipKind(skipReason("010"))).toBe("outside-domain");
    expect(skipKind(skipReason("1313"))).toBe("table");
    expect(skipKind(guardReason("042", "interstate"))).toBe("guard");
    for (const reason of Object.values(FILTERED)) expect(skipKind(reason)).toBe("filter");
    expect(skipKind(COLLAPSED_REASON)).toBe("collapsed");
    expect(skipKind(HEADER_REASON)).toBe("header");
    expect(skipKind("a parser's own reason")).toBeUndefined();
  });
});
