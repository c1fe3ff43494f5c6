import { describe, expect, it } from "vitest";
import { fillDays, requestsPerDayOption, tableLoadOption, tableLoadRows, tableLoadSummary } from "./desk-charts";

describe("fillDays", () => {
  it("fills quiet days with zero and sorts the days", () => {
    expect(
      fillDays([
        { date: "2025-07-03", requests: 4 },
        { date: "2025-06-30", requests: 2 },
        { date: "2025-07-01", requests: 1 },
      ]),
    ).toEqual([
      { date: "2025-06-30", requests: 2 },
      { date: "2025-07-01", requests: 1 },
      { date: "2025-07-02", requests: 0 },
      { date: "2025-07-03", requests: 4 },
    ]);
    expect(fillDays([])).toEqual([]);
  });

  it("adds up a day given twice", () => {
    expect(
      fillDays([
        { date: "2025-07-01", requests: 1 },
        { date: "2025-07-01", requests: 2 },
      ]),
    ).toEqual([{ date: "2025-07-01", requests: 3 }]);
  });

  it("draws one bar per day", () => {
    const option = requestsPerDayOption(
      [
        { date: "2025-07-01", requests: 1 },
        { date: "2025-07-03", requests: 5 },
      ],
      (d) => d.slice(5),
      "Requests",
    );
    expect(option.xAxis).toMatchObject({ data: ["07-01", "07-02", "07-03"] });
    expect(option.series).toMatchObject([{ type: "bar", data: [1, 0, 5] }]);
  });
});

describe("table load", () => {
  const load = [
    { startsAt: "2025-07-10T04:30:00.000Z", tables: 12, booth: 1, online: 0 },
    { startsAt: "2025-07-10T04:00:00.000Z", tables: 10, booth: 3, online: 2 },
    { startsAt: "2025-07-10T05:00:00.000Z", tables: 4, booth: 0, online: 1 },
  ];

  it("orders slots by time and marks the share of tables in use", () => {
    const rows = tableLoadRows(load, 10);
    expect(rows.map((row) => [row.startsAt.slice(11, 16), row.tableShare, row.overCapacity])).toEqual([
      ["04:00", 1, false],
      ["04:30", 1.2, true],
      ["05:00", 0.4, false],
    ]);
    expect(tableLoadSummary(rows, 10)).toEqual({ peak: 12, full: 2 });
  });

  it("has no share or limit without tables", () => {
    const rows = tableLoadRows(load, 0);
    expect(rows.every((row) => row.tableShare === null && row.overCapacity)).toBe(true);
    expect(tableLoadSummary(tableLoadRows(load, null), null)).toEqual({ peak: 12, full: 0 });
  });

  it("stacks tables, booths and online per slot and draws the number of tables across", () => {
    const rows = tableLoadRows(load, 10);
    const option = tableLoadOption(rows, 10, (s) => s.slice(11, 16), { table: "Tables", booth: "Booths", online: "Online", capacity: "Tables" });
    expect(option.xAxis).toMatchObject({ data: ["04:00", "04:30", "05:00"] });
    expect(option.series).toMatchObject([
      { name: "Tables", stack: "meetings", data: [10, 12, 4], markLine: { data: [{ yAxis: 10 }] } },
      { name: "Booths", stack: "meetings", data: [3, 1, 0] },
      { name: "Online", stack: "meetings", data: [2, 0, 1] },
    ]);
    const withoutTables = tableLoadOption(tableLoadRows(load, 0), 0, (s) => s, { table: "T", booth: "B", online: "O", capacity: "C" });
    expect((withoutTables.series as { markLine?: unknown }[])[0].markLine).toBeUndefined();
  });
});
