import { type EventBase, relateDates } from "@tradecraft/core";
import { describe, expect, it } from "vitest";
import { certainlyBefore, EventTable } from "./event-index";

const event = (id: string, date?: string): EventBase => ({ id, type: "expulsion", ...(date ? { date } : {}) });

describe("EventTable", () => {
  it("numbers events, remembers where they were and what their dates span", () => {
    const table = new EventTable();
    expect(table.add(event("a", "2018-03"), 0)).toBe(0);
    expect(table.add(event("b"), 2)).toBe(1);
    expect(table.size).toBe(2);
    expect(table.ordinalOf("b")).toBe(1);
    expect(table.ordinalOf("zzz")).toBeUndefined();
    expect([table.idOf(1), table.recordOf(1)]).toEqual(["b", 2]);
    expect(new Date(table.startOf(0)).toISOString()).toBe("2018-03-01T00:00:00.000Z");
    expect(new Date(table.endOf(0)).toISOString()).toBe("2018-03-31T23:59:59.999Z");
    expect(table.startOf(1)).toBeNaN();
  });

  it("keeps pointing a repeated id at its first event", () => {
    const table = new EventTable();
    table.add(event("a", "2018"), 0);
    expect(table.add(event("a", "2019"), 1)).toBe(1);
    expect(table.ordinalOf("a")).toBe(0);
  });
});

describe("certainlyBefore", () => {
  const dates = [
    "2017-12-31",
    "2018",
    "2018-03",
    "2018-03-04",
    "2018-03-05",
    "2018-03-04?",
    "2018-03~",
    "201X",
    "2019",
    "2018/2019",
    "2018-03/2018-04",
    "2018/..",
    "/2018",
    "../2017",
  ];

  it("says what relateDates says is 'before', for every pair of precisions", () => {
    const table = new EventTable();
    for (const [i, date] of dates.entries()) table.add(event(`e${i}`, date), i);
    for (const [i, a] of dates.entries()) {
      for (const [j, b] of dates.entries()) {
        expect([a, b, certainlyBefore(table, i, j)]).toEqual([a, b, relateDates(a, b) === "before"]);
      }
    }
  });

  it("is never certain about an undated event", () => {
    const table = new EventTable();
    table.add(event("a"), 0);
    table.add(event("b", "2018"), 1);
    expect([certainlyBefore(table, 0, 1), certainlyBefore(table, 1, 0)]).toEqual([false, false]);
  });
});
