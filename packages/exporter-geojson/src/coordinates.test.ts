import { describe, expect, it } from "vitest";
import { Bounds, rounder, toLonLat } from "./coordinates";

describe("coordinates", () => {
  it("accepts only finite longitudes and latitudes inside WGS 84's ranges, in [lon, lat] order", () => {
    expect(toLonLat(-77.0369, 38.9072)).toEqual([-77.0369, 38.9072]);
    expect(toLonLat(180, -90)).toEqual([180, -90]);
    for (const [lon, lat] of [
      [181, 0],
      [0, 91],
      [0, -90.5],
      [Number.NaN, 0],
      [0, Number.POSITIVE_INFINITY],
      ["10", 10],
      [undefined, 10],
      [10, null],
    ]) {
      expect(toLonLat(lon, lat)).toBeUndefined();
    }
  });

  it("rounds to the given decimals, half away from zero", () => {
    const six = rounder(6);
    expect(six(37.61730049)).toBe(37.6173);
    expect(six(-122.33214449)).toBe(-122.332144);
    const two = rounder(2);
    expect(two(0.125)).toBe(0.13);
    expect(two(-0.125)).toBe(-0.13);
    expect(rounder(0)(-77.5)).toBe(-78);
    expect(JSON.stringify(rounder(2)(-0.001))).toBe("0");
  });

  it("bounds every position seen, as [west, south, east, north]", () => {
    const bounds = new Bounds();
    expect(bounds.box).toBeUndefined();
    bounds.extend(null);
    expect(bounds.box).toBeUndefined();
    bounds.extend({ type: "Point", coordinates: [37.6, 55.7] });
    expect(bounds.box).toEqual([37.6, 55.7, 37.6, 55.7]);
    bounds.extend({
      type: "MultiLineString",
      coordinates: [
        [
          [139.6, 35.6],
          [180, 36.6],
        ],
        [
          [-180, 36.6],
          [-77, 38.9],
        ],
      ],
    });
    bounds.extend({
      type: "LineString",
      coordinates: [
        [0, -41],
        [1, 1],
      ],
    });
    expect(bounds.box).toEqual([-180, -41, 180, 55.7]);
  });
});
