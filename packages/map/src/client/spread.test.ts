import { describe, expect, it } from "vitest";
import { spreadOffsets } from "./spread";

describe("spreadOffsets", () => {
  it("leaves lone markers in place and fans out those sharing a point", () => {
    const offsets = spreadOffsets(["a", "b", "b", "b"]);
    expect(offsets[0]).toEqual([0, 0]);
    const shared = offsets.slice(1).map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`);
    expect(new Set(shared).size).toBe(3);
    for (const [x, y] of offsets.slice(1)) expect(Math.hypot(x, y)).toBeCloseTo(7);
  });
});
