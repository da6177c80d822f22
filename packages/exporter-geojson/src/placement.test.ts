import type { Diagnostic, EventBase } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { fakeGazetteer } from "./gazetteer.fixture";
import { placeEvent } from "./placement";

const place = (location: EventBase["location"], gazetteer = fakeGazetteer) => {
  const diagnostics: Omit<Diagnostic, "position">[] = [];
  const placement = placeEvent({ id: "e1", type: "expulsion", location }, gazetteer, (d) => diagnostics.push(d));
  return { placement, diagnostics };
};

describe("placeEvent", () => {
  it("uses the event's own coordinates and precision first", () => {
    const { placement } = place({ city: "Seattle", country: "US", lat: 47.6097, lon: -122.3331, precision: "exact" });
    expect(placement).toEqual({ point: [-122.3331, 47.6097], precision: "exact", placed: false });
  });

  it("places a city through the gazetteer, in the event's country", () => {
    expect(place({ city: "Paris", country: "US" }).placement).toEqual({
      point: [-95.5555, 33.6609],
      precision: "city",
      placed: true,
    });
    expect(place({ city: "Paris", country: "FR" }).placement?.point).toEqual([2.3522, 48.8566]);
    expect(place({ city: "Villajoyosa" }).placement?.point).toEqual([-0.2333, 38.5075]);
  });

  it("falls back to the country's representative point when the city is unknown", () => {
    expect(place({ city: "Nowhere", country: "RU" }).placement).toEqual({
      point: [105.3188, 61.524],
      precision: "country",
      placed: true,
    });
  });

  it("never looks up the free-text place name, and never makes up a point", () => {
    expect(place({ name: "Paris" }).placement).toBeUndefined();
    expect(place({ country: "PL" }).placement).toBeUndefined();
    expect(place(undefined).placement).toBeUndefined();
    const withoutGazetteer = placeEvent(
      { id: "e1", type: "arrest", location: { city: "Seattle" } },
      undefined,
      () => {},
    );
    expect(withoutGazetteer).toBeUndefined();
  });

  it("reports unusable coordinates and places the event as if it had none", () => {
    const { placement, diagnostics } = place({ country: "DE", lat: 95, lon: 13.4, precision: "city" });
    expect(placement).toEqual({ point: [10.4515, 51.1657], precision: "country", placed: true });
    expect(diagnostics).toMatchObject([
      { code: "TC_GEOJSON_COORDINATES_INVALID", severity: "warning", path: ["location"] },
    ]);
    expect(diagnostics[0]?.message).toContain("event 'e1'");
    expect(place({ lat: 10, precision: "city" }).diagnostics).toHaveLength(1);
  });

  it("does not trust a gazetteer's point outside WGS 84", () => {
    const broken = { ...fakeGazetteer, countryPoint: () => ({ ...fakeGazetteer.countryPoint("US"), lat: 200 }) };
    expect(place({ country: "US" }, broken as typeof fakeGazetteer).placement).toBeUndefined();
  });
});
