import { describe, expect, it } from "vitest";
import { shortWayLine } from "./antimeridian";

describe("shortWayLine", () => {
  it("keeps a line that does not cross the antimeridian whole (Washington to Moscow)", () => {
    expect(shortWayLine([-77.0369, 38.9072], [37.6173, 55.7558])).toEqual({
      type: "LineString",
      coordinates: [
        [-77.0369, 38.9072],
        [37.6173, 55.7558],
      ],
    });
  });

  it("cuts Tokyo to Washington at +180, going east over the Pacific, the short way", () => {
    const line = shortWayLine([139.6503, 35.6762], [-77.0369, 38.9072]);
    expect(line.type).toBe("MultiLineString");
    const [west, east] = line.coordinates as [number, number][][];
    expect(west?.[0]).toEqual([139.6503, 35.6762]);
    expect(west?.[1]?.[0]).toBe(180);
    expect(east?.[0]?.[0]).toBe(-180);
    expect(east?.[1]).toEqual([-77.0369, 38.9072]);
    // The parts meet: the same latitude on both sides of the cut, between the two ends'.
    expect(east?.[0]?.[1]).toBe(west?.[1]?.[1]);
    expect(west?.[1]?.[1]).toBeCloseTo(35.6762 + ((180 - 139.6503) / (282.9631 - 139.6503)) * (38.9072 - 35.6762), 9);
  });

  it("cuts Washington to Tokyo at -180, going west", () => {
    const line = shortWayLine([-77.0369, 38.9072], [139.6503, 35.6762]);
    if (line.type !== "MultiLineString") throw new Error("the line was not cut");
    expect(line.coordinates.map((part) => part.map(([lon]) => lon))).toEqual([
      [-77.0369, -180],
      [180, 139.6503],
    ]);
  });

  it("cuts a short hop across the date line in the middle (Fiji 178°E to Samoa 172°W)", () => {
    const line = shortWayLine([178, -18], [-172, -14]);
    expect(line).toEqual({
      type: "MultiLineString",
      coordinates: [
        [
          [178, -18],
          [180, -17.2],
        ],
        [
          [-180, -17.2],
          [-172, -14],
        ],
      ],
    });
  });

  it("takes ±180 at an end as the side facing the other end, so no empty part is made", () => {
    expect(shortWayLine([180, 0], [-170, 10])).toEqual({
      type: "LineString",
      coordinates: [
        [-180, 0],
        [-170, 10],
      ],
    });
    expect(shortWayLine([-170, 10], [-180, 0]).type).toBe("LineString");
  });

  it("does not cross for points exactly 180° apart", () => {
    expect(shortWayLine([-90, 0], [90, 0]).type).toBe("LineString");
  });
});
