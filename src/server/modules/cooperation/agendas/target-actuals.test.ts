import { describe, expect, it } from "vitest";
import { dueForReminder, dueForWeeklyReminder } from "./commitment-reminders";
import { targetActual } from "./target-actuals";

const venture = (id: string, stage: string, year: number, kind = "joint_venture") => ({ id, kind, stage, createdAt: new Date(`${year}-06-01T00:00:00Z`) });

describe("target actuals", () => {
  it("takes turnover from the trade dataset for the target's year", () => {
    const turnover = { dataset: "BACI", years: new Map([[2024, 61e6]]) };
    expect(targetActual({ kind: "turnover_usd", year: 2024, actual: null }, { turnover, linked: [] })).toEqual({ actual: 61e6, actualSource: "BACI" });
    expect(targetActual({ kind: "turnover_usd", year: 2026, actual: null }, { turnover, linked: [] })).toEqual({ actual: null, actualSource: null });
  });

  it("counts linked joint ventures that reached an agreement by the year, once each", () => {
    const linked = [
      venture("silk", "agreement", 2025),
      venture("silk", "agreement", 2025),
      venture("furniture", "talks", 2025),
      venture("workwear", "operating", 2025, "supply_contract"),
      venture("pharma", "operating", 2026),
    ];
    expect(targetActual({ kind: "joint_enterprises", year: 2025, actual: null }, { turnover: null, linked })).toEqual({ actual: 1, actualSource: "deals" });
    expect(targetActual({ kind: "joint_enterprises", year: 2026, actual: 7 }, { turnover: null, linked }).actual).toBe(2);
  });

  it("keeps what the keepers entered for scholarships", () => {
    expect(targetActual({ kind: "scholarships_awarded", year: 2025, actual: 38 }, { turnover: null, linked: [] })).toEqual({
      actual: 38,
      actualSource: "keepers",
    });
    expect(targetActual({ kind: "scholarships_offered", year: 2025, actual: null }, { turnover: null, linked: [] })).toEqual({
      actual: null,
      actualSource: null,
    });
  });
});

describe("commitment reminders", () => {
  it("go to owners with an address whose open commitments are overdue or due within 30 days", () => {
    const c = (dueDate: string, status = "planned", ownerEmail: string | null = "owner@ministry.tj") => ({ dueDate, status, ownerEmail });
    const all = [
      c("2025-05-01"),
      c("2025-06-30"),
      c("2025-07-01"),
      c("2025-05-01", "done"),
      c("2025-05-01", "cancelled"),
      c("2025-05-01", "in_progress", null),
      c("2025-05-20", "in_progress"),
    ];
    expect(dueForReminder(all, "2025-05-31").map((x) => [x.dueDate, x.status])).toEqual([
      ["2025-05-01", "planned"],
      ["2025-06-30", "planned"],
      ["2025-05-20", "in_progress"],
    ]);
  });

  it("reminds again in the daily round only a week after the last reminder", () => {
    const c = (remindedOn: string | null) => ({ dueDate: "2025-05-01", status: "planned", ownerEmail: "owner@ministry.tj", remindedOn });
    const all = [c(null), c("2025-05-24"), c("2025-05-25"), c("2025-05-31")];
    expect(dueForWeeklyReminder(all, "2025-05-31").map((x) => x.remindedOn)).toEqual([null, "2025-05-24"]);
  });
});
