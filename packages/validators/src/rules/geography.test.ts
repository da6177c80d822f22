import { describe, expect, it } from "vitest";
import { check, expulsion, findings } from "../testing.fixture";

/** An event whose location is `location` (a clean expulsion by the US otherwise). */
const at = (location: Record<string, unknown>, id = "e1", overrides: Record<string, unknown> = {}) =>
  expulsion({ id, location, ...overrides });
const city = (country: string, lat: number, lon: number) => ({ country, lat, lon, precision: "city" });

describe("geography.null-island", () => {
  const rule = "geography.null-island";

  it("flags 0,0 whatever the precision, with no gazetteer needed", async () => {
    const report = await check([at({ lat: 0, lon: 0, precision: "exact" })], rule, { gazetteer: null });
    expect(findings(report, rule)).toEqual([
      ["e1", "events[0].location", "the point is 0,0 (Null Island): a missing coordinate written as zero"],
    ]);
    expect(report.notes).toEqual([]);
  });

  it("passes real points, even near 0,0", async () => {
    const events = [at(city("US", 38.9072, -77.0369)), at({ lat: 0.33, lon: 6.73, precision: "city" }, "e2")];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});

describe("geography.swapped-coordinates", () => {
  const rule = "geography.swapped-coordinates";

  it("flags a point outside its country that is inside it read the other way round", async () => {
    const report = await check([at(city("RU", 37.6173, 55.7558))], rule);
    expect(findings(report, rule)).toEqual([
      [
        "e1",
        "events[0].location.lat",
        "lat 37.6173, lon 55.7558 is outside RU (Russia), but lat 55.7558, lon 37.6173 is inside it: latitude and longitude look swapped",
      ],
    ]);
    expect(report.issues[0]?.severity).toBe("error");
    // A longitude beyond ±90 cannot have been a latitude: Washington swapped reads lat -77, still recognisable.
    expect(findings(await check([at(city("US", -77.0369, 38.9072))], rule), rule)).toHaveLength(1);
  });

  it("passes points in their country, and leaves other misplacements to outside-country", async () => {
    const events = [
      at(city("RU", 55.7558, 37.6173)),
      at(city("DE", 48.8566, 2.3522), "paris-as-germany"),
      at(city("US", 47.6062, -122.3321), "seattle"),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});

describe("geography.outside-country", () => {
  const rule = "geography.outside-country";

  it("flags a point in another country, or at sea", async () => {
    const events = [
      at(city("DE", 48.8566, 2.3522)),
      at({ country: "FR", lat: 46, lon: -10, precision: "country" }, "e2"),
    ];
    const report = await check(events, rule);
    expect(findings(report, rule)).toEqual([
      [
        "e1",
        "events[0].location",
        "lat 48.8566, lon 2.3522 is in FR (France), not in DE (Germany) as location.country says",
      ],
      [
        "e2",
        "events[1].location",
        "lat 46, lon -10 is at sea or outside every country, not in FR (France) as location.country says",
      ],
    ]);
    expect(report.issues[0]?.severity).toBe("warning");
  });

  it("passes points in their country, within 15 km of its simplified border, or in a successor of a dissolved state", async () => {
    const events = [
      at(city("FR", 48.8566, 2.3522)),
      // Just across the simplified Franco-German border, as coastal and border towns fall with coarse outlines.
      at(city("FR", 48.6, 8.1), "e2"),
      at(city("DE", 48.6, 8.1), "e3"),
      at(city("SU", 55.7558, 37.6173), "e4", { date: "1985-04-05", initiator: "SU", target: "FR" }),
      // A swapped point is geography.swapped-coordinates' finding, not this rule's.
      at(city("RU", 37.6173, 55.7558), "e5"),
      at({ country: "FR", name: "Paris" }, "e6"),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });

  it("does not run without a gazetteer, and says so", async () => {
    const report = await check([at(city("DE", 48.8566, 2.3522))], rule, { gazetteer: null });
    expect(findings(report, rule)).toEqual([]);
    expect(report.notes).toEqual([
      {
        rule,
        message:
          "did not run: no gazetteer was given (pass options.gazetteer, such as the one @tradecraft/gazetteer makes)",
      },
    ]);
    expect(report.byRule).not.toHaveProperty(rule);
  });
});

describe("geography.centroid-as-place", () => {
  const rule = "geography.centroid-as-place";
  // The fake gazetteer's representative point of France.
  const centre = { country: "FR", lat: 46.6, lon: 2.5 };

  it("flags a country's representative point claimed as a city, admin1 or exact place", async () => {
    const events = ["city", "admin1", "exact"].map((precision, i) => at({ ...centre, precision }, `e${i}`));
    events[1] = at({ ...centre, lat: 46.605, precision: "admin1" }, "e1");
    const report = await check(events, rule);
    expect(findings(report, rule).map(([id, path]) => [id, path])).toEqual([
      ["e0", "events[0].location.precision"],
      ["e1", "events[1].location.precision"],
      ["e2", "events[2].location.precision"],
    ]);
    expect(report.issues[0]?.message).toBe(
      "lat 46.6, lon 2.5 is the representative point of FR (France), but the precision says city: a country centroid claimed as a place",
    );
  });

  it("passes the point at country precision, real cities, and a city-state's capital", async () => {
    const events = [
      at({ ...centre, precision: "country" }),
      at(city("FR", 48.8566, 2.3522), "paris"),
      at({ ...centre, lat: 46.7, precision: "city" }, "eleven-km-away"),
      at(city("SG", 1.352, 103.82), "singapore"),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });
});

describe("geography.actor-location", () => {
  const rule = "geography.actor-location";

  it("flags an expulsion placed outside the expelling state, and a presence outside the host state", async () => {
    const events = [
      at({ country: "RU" }),
      expulsion({ id: "presence", type: "presence", initiator: "RU", target: "US", location: { country: "RU" } }),
      expulsion({ id: "closure", type: "mission_closure", location: { country: "RU" } }),
    ];
    const report = await check(events, rule);
    expect(findings(report, rule)).toEqual([
      [
        "e1",
        "events[0].location.country",
        "an expulsion takes place in the expelling state (initiator US (United States)), but location.country is RU (Russia)",
      ],
      [
        "presence",
        "events[1].location.country",
        "a presence is counted in the host state (target US (United States)), but location.country is RU (Russia)",
      ],
      [
        "closure",
        "events[2].location.country",
        "a mission is closed in the host state (initiator US (United States)), but location.country is RU (Russia)",
      ],
    ]);
  });

  it("passes measures in the right state, successors of dissolved states, and what it cannot tell", async () => {
    const events = [
      at({ country: "US" }),
      expulsion({ id: "presence", type: "presence", initiator: "RU", target: "US", location: { country: "US" } }),
      expulsion({ id: "soviet", date: "1985", initiator: "SU", target: "FR", location: { country: "RU" } }),
      expulsion({ id: "no-country", location: { name: "Europe" } }),
      expulsion({ id: "no-initiator", initiator: undefined, location: { country: "FR" } }),
      expulsion({ id: "arrest", type: "arrest", location: { country: "FR" } }),
    ];
    expect(findings(await check(events, rule), rule)).toEqual([]);
  });

  it("reads a state entity of the dataset as its country", async () => {
    const dataset = {
      events: [expulsion({ initiator: "state:france", location: { country: "DE" } })],
      entities: [{ id: "state:france", kind: "state", name: "France", country: "FR" }],
    };
    expect(findings(await check(dataset, rule), rule)).toHaveLength(1);
    dataset.events[0] = expulsion({ initiator: "state:france", location: { country: "FR" } });
    expect(findings(await check(dataset, rule), rule)).toEqual([]);
  });
});
