import { coreRegistry } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { cameoLabel, isCameoCode } from "./cameo";
import { CAMEO_MAPPING_VERSION, CAMEO_TABLE, cameoEntry, isMapping, skipReason } from "./cameo-mapping";
import { parseGdelt } from "./parser";
import { codeColumns, gdeltRow } from "./rows.fixture";
import { CAMEO_EVENT_CODES } from "./tables/cameo-event-codes";

const mappings = CAMEO_TABLE.filter(isMapping);
const skips = CAMEO_TABLE.filter((entry) => !isMapping(entry));

const parseOne = async (row: string) => {
  const records = [];
  for await (const record of parseGdelt(row)) records.push(record);
  expect(records).toHaveLength(1);
  return records[0];
};

describe("the CAMEO mapping table", () => {
  it("has a semantic version and lists CAMEO codes once each, in code order", () => {
    expect(CAMEO_MAPPING_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    const codes = CAMEO_TABLE.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(isCameoCode(code), code).toBe(true);
    const cameoOrder = CAMEO_EVENT_CODES.map(([code]) => code);
    expect(codes).toEqual([...codes].sort((a, b) => cameoOrder.indexOf(a) - cameoOrder.indexOf(b)));
  });

  it("maps the codes the domain needs to their types", () => {
    const typeOf = (code: string) => {
      const entry = cameoEntry(code);
      return entry !== undefined && isMapping(entry) ? entry.type : undefined;
    };
    expect(["040", "041", "042", "043", "044", "045", "046"].map(typeOf)).toEqual(Array(7).fill("talks"));
    expect(typeOf("075")).toBe("defection");
    expect(typeOf("0841")).toBe("prisoner_exchange");
    expect(typeOf("1125")).toBe("exposure");
    expect(typeOf("116")).toBe("conviction");
    expect(typeOf("161")).toBe("mission_closure");
    expect(typeOf("163")).toBe("sanction");
    expect(typeOf("166")).toBe("expulsion");
    expect(typeOf("1711")).toBe("property_seizure");
    expect(typeOf("1712")).toBe("sabotage");
    expect(typeOf("172")).toBe("sanction");
    expect(typeOf("173")).toBe("arrest");
    expect(typeOf("174")).toBe("expulsion");
    expect(typeOf("185")).toBe("attempted_assassination");
    expect(typeOf("186")).toBe("assassination");
    expect(typeOf("010")).toBeUndefined();
  });

  it("maps only to registered types, each with a reason", () => {
    for (const entry of mappings) {
      expect(coreRegistry.has(entry.type), entry.code).toBe(true);
      expect(entry.why.length, entry.code).toBeGreaterThan(10);
    }
  });

  it("gives every deliberate skip a reason", () => {
    for (const entry of skips) {
      expect("skip" in entry && entry.skip.length > 10, entry.code).toBe(true);
      expect(skipReason(entry.code)).toBe(
        `CAMEO ${entry.code} (${cameoLabel(entry.code)}) is skipped: ${"skip" in entry ? entry.skip : ""}`,
      );
    }
  });

  it("calls every other CAMEO code outside the domain", () => {
    expect(skipReason("010")).toBe("CAMEO 010 (Make statement, not specified below) is outside the domain");
    expect(skipReason("190")).toBe(
      "CAMEO 190 (Use conventional military force, not specified below) is outside the domain",
    );
  });

  it.each(mappings.map((entry) => [entry.code, entry.type, entry] as const))(
    "turns a row of %s into a valid %s event",
    async (code, type, entry) => {
      // Two state organs of two states pass every guard and fill every slot.
      const record = await parseOne(gdeltRow({ ...codeColumns(code), GLOBALEVENTID: 42 }));
      if (record?.kind !== "event") throw new Error(JSON.stringify(record));
      expect(record.event).toMatchObject({ id: "gdelt-42", type, initiator: "RU", target: "US", ...entry.fields });
      expect(record.event.ext?.gdelt).toMatchObject({ EventCode: code, mappingVersion: CAMEO_MAPPING_VERSION });
    },
  );

  it.each(skips.map((entry) => [entry.code]))(
    "counts a row of %s as skipped, with the table's reason",
    async (code) => {
      const record = await parseOne(gdeltRow(codeColumns(code)));
      expect(record).toMatchObject({ kind: "skip", reason: skipReason(code) });
    },
  );
});
