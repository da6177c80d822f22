import { describe, expect, it } from "vitest";
import { destination, distanceKm, isNullIsland } from "./geo";

describe("distanceKm", () => {
  it("measures great-circle distances", () => {
    expect(distanceKm(48.8566, 2.3522, 51.5074, -0.1278)).toBeCloseTo(343.5, 0);
    expect(distanceKm(38.9072, -77.0369, 38.9072, -77.0369)).toBe(0);
  });

  it("goes the short way across the antimeridian", () => {
    expect(distanceKm(0, 179.9, 0, -179.9)).toBeCloseTo(22.2, 0);
  });
});

describe("destination", () => {
  it("lands the given distance away on the given bearing", () => {
    const east = destination(48.8566, 2.3522, 15, 90);
    expect(distanceKm(48.8566, 2.3522, east.lat, east.lon)).toBeCloseTo(15, 6);
    expect(east.lon).toBeGreaterThan(2.3522);
    const north = destination(48.8566, 2.3522, 15, 0);
    expect(north.lat).toBeGreaterThan(48.8566);
    expect(north.lon).toBeCloseTo(2.3522, 9);
  });

  it("wraps longitudes to ±180", () => {
    expect(destination(0, 179.99, 10, 90).lon).toBeCloseTo(-179.92, 2);
  });
});

describe("isNullIsland", () => {
  it("is 0,0 and its rounding noise only", () => {
    expect(isNullIsland(0, 0)).toBe(true);
    expect(isNullIsland(-0.00001, 0.00001)).toBe(true);
    expect(isNullIsland(0.01, 0)).toBe(false);
    expect(isNullIsland(0, 6.7)).toBe(false);
  });
});
