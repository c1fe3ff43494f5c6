import { describe, expect, it } from "vitest";
import type { TScheduleRun } from "../../../../../contracts/matchmaking";
import { canPublish, filterAssignments, jobFinished, jobPercent, sortAssignments } from "./schedule-state";

const assignment = (meetingId: string, startsAt: string | null, tableNumber: number | null, hostName: string, guestName = "Guest") => ({
  meetingId,
  hostOrganizationId: `h-${meetingId}`,
  guestOrganizationId: `g-${meetingId}`,
  hostName,
  guestName,
  startsAt,
  place: "table" as const,
  tableNumber,
  locked: false,
});

const review = {
  meetings: 2,
  scheduled: 2,
  unscheduled: 0,
  breaks: 0,
  spread: 0,
  provenOptimal: true,
  lowerBound: 0,
  upperBound: null,
  shareOfBound: null,
  mode: "all" as const,
  seconds: 1.2,
  conflicts: [],
  participantsWithoutMeetings: [],
  tableLoad: [],
};
const run = (status: TScheduleRun["status"], conflicts: string[] = []): TScheduleRun => ({
  id: "r1",
  forumId: "f1",
  jobId: "j1",
  status,
  fairness: 2,
  review: { ...review, conflicts },
  assignments: [],
  createdAt: "2025-07-01T10:00:00Z",
  publishedAt: null,
});

describe("jobPercent", () => {
  it("reports progress, full when done and nothing before a count", () => {
    expect(jobPercent({ status: "running", done: 1, total: 3 })).toBe(33);
    expect(jobPercent({ status: "running", done: 0, total: 0 })).toBe(0);
    expect(jobPercent({ status: "done", done: 0, total: 0 })).toBe(100);
    expect(jobPercent({ status: "running", done: 7, total: 5 })).toBe(100);
    expect(jobPercent(null)).toBe(0);
  });

  it("knows when a job has stopped", () => {
    expect(jobFinished({ status: "running" })).toBe(false);
    expect(jobFinished({ status: "queued" })).toBe(false);
    expect(jobFinished({ status: "failed" })).toBe(true);
    expect(jobFinished(undefined)).toBe(false);
  });
});

describe("canPublish", () => {
  it("publishes only a draft without conflicts", () => {
    expect(canPublish(run("draft"))).toBe(true);
    expect(canPublish(run("draft", ["Table 3 is used twice at 10:00"]))).toBe(false);
    expect(canPublish(run("published"))).toBe(false);
    expect(canPublish(run("running"))).toBe(false);
    expect(canPublish({ ...run("draft"), review: null })).toBe(false);
    expect(canPublish(null)).toBe(false);
  });
});

describe("assignments", () => {
  const list = [
    assignment("a", null, null, "Zarafshon"),
    assignment("b", "2025-07-10T05:00:00Z", 2, "Bishkek Textiles"),
    assignment("c", "2025-07-10T04:00:00Z", 7, "Kazan Motors"),
    assignment("d", "2025-07-10T04:00:00Z", null, "Alai Agro"),
    assignment("e", "2025-07-10T04:00:00Z", 3, "Dushanbe Cement", "Kazan Motors"),
    assignment("f", null, null, "Anzob"),
  ];

  it("orders by time, then table (no table last), then host; unplaced at the end", () => {
    expect(sortAssignments(list).map((a) => a.meetingId)).toEqual(["e", "c", "d", "b", "f", "a"]);
  });

  it("finds meetings by either side's name and can show only the unplaced", () => {
    expect(filterAssignments(list, "kazan", false).map((a) => a.meetingId)).toEqual(["c", "e"]);
    expect(filterAssignments(list, "", true).map((a) => a.meetingId)).toEqual(["a", "f"]);
    expect(filterAssignments(list, "Казан", false).map((a) => a.meetingId)).toEqual(["c", "e"]);
    expect(filterAssignments(list, "anz", true).map((a) => a.meetingId)).toEqual(["f"]);
  });
});
