import { describe, expect, it } from "vitest";
import { GDELT_LAYOUTS, GDELT_V2_COLUMNS, layoutForColumnCount, layoutOf } from "./columns";
import { hasSharedData, SHARED_GDELT_DIR, sharedLines } from "./shared-data.fixture";

describe("GDELT column layouts", () => {
  it("has 61 columns for 2.0, 58 for 1.0 daily files and 57 for the 1.0 historical backfile", () => {
    expect([...GDELT_LAYOUTS.keys()].sort()).toEqual([57, 58, 61]);
    expect(layoutForColumnCount(61)?.version).toBe("2.0");
    expect(layoutForColumnCount(58)?.version).toBe("1.0-daily");
    expect(layoutForColumnCount(57)?.version).toBe("1.0-historical");
    expect(layoutForColumnCount(60)).toBeUndefined();
  });

  it("drops the ADM2 columns in 1.0 and SOURCEURL in the backfile, keeping the order", () => {
    const daily = layoutOf("1.0-daily");
    expect(daily.columns).toEqual(GDELT_V2_COLUMNS.filter((c) => !c.endsWith("ADM2Code")));
    expect(daily.index.ActionGeo_ADM2Code).toBeUndefined();
    expect(daily.index.SOURCEURL).toBe(57);
    const historical = layoutOf("1.0-historical");
    expect(historical.columns.at(-1)).toBe("DATEADDED");
    expect(historical.index.SOURCEURL).toBeUndefined();
    expect(layoutOf("2.0").index.EventCode).toBe(26);
  });

  it.runIf(hasSharedData)("matches the codebook header lists in the shared data", () => {
    expect(GDELT_V2_COLUMNS).toEqual(sharedLines("columns.txt"));
    expect(layoutOf("1.0-daily").columns).toEqual(sharedLines("columns-v1.txt"));
    expect(SHARED_GDELT_DIR).toMatch(/shared\/data\/gdelt\/$/);
  });
});
