import { describe, expect, it } from "vitest";
import { meetingSlotsOf } from "../meeting-slots";
import { type MeetingToPlace, problemFromForum } from "./problem-from-forum";
import { keepLockedTables, reviewSchedule, type SolvedSchedule } from "./schedule-review";

const slots = meetingSlotsOf([{ date: "2031-07-09", start: "10:00", end: "11:00" }], 30, "Asia/Dushanbe");
const meeting = (id: string, host: string, guest: string, overrides: Partial<MeetingToPlace> = {}): MeetingToPlace => ({
  id,
  host,
  guest,
  place: "table",
  startsAt: null,
  publishedAt: null,
  agreedStartsAt: null,
  tableNumber: null,
  createdAt: new Date(Date.UTC(2031, 5, 1)),
  request: null,
  ...overrides,
});
const forum = (meetings: MeetingToPlace[]) => ({ timeZone: "Asia/Dushanbe", slots, tables: 3, meetings, unavailability: [] });
const solved = (slotsOf: number[], tables: number[]): SolvedSchedule => ({
  mode: "all",
  slots: slotsOf,
  tables,
  provenOptimal: true,
  lowerBound: 0,
  upperBound: null,
  shareOfBound: null,
  seconds: 0.5,
});

describe("keepLockedTables", () => {
  it("gives a locked meeting back its published table, swapping with the meeting the engine put there", () => {
    const facts = forum([
      meeting("new", "a", "b"),
      meeting("locked", "c", "d", { startsAt: new Date(slots[0].startsAt), publishedAt: new Date(), tableNumber: 1 }),
      meeting("later", "a", "c"),
    ]);
    const mapped = problemFromForum(facts);
    expect(keepLockedTables({ forum: facts, mapped, solved: solved([0, 0, 1], [1, 2, 1]) })).toEqual([2, 1, 1]);
  });
});

describe("reviewSchedule", () => {
  it("counts, lists those without meetings and tells of conflicts in names and venue times", () => {
    const facts = forum([meeting("m1", "a", "b"), meeting("m2", "a", "c")]);
    const mapped = problemFromForum(facts);
    const names: Record<string, string> = { a: "Tajik Silk", b: "Kazan Textiles", c: "Silk Road Fund", d: "Quiet Trading" };
    const { review, assignments } = reviewSchedule({
      forum: facts,
      mapped,
      solved: solved([1, 1], [1, 2]), // Tajik Silk twice in one slot
      fairness: 2,
      participants: Object.entries(names).map(([id, name]) => ({ id, name })),
      nameOf: (id) => names[id],
    });
    expect(review).toMatchObject({ meetings: 2, scheduled: 2, unscheduled: 0, mode: "all", seconds: 0.5 });
    expect(review.participantsWithoutMeetings).toEqual([{ organizationId: "d", name: "Quiet Trading" }]);
    expect(review.conflicts).toEqual([
      "Tajik Silk has the meeting of Tajik Silk and Kazan Textiles and the meeting of Tajik Silk and Silk Road Fund both in the slot at 9 Jul, 10:30",
    ]);
    expect(review.tableLoad.map((l) => l.tables)).toEqual([0, 2]);
    expect(assignments).toEqual([
      { meetingId: "m1", startsAt: slots[1].startsAt, place: "table", tableNumber: 1, locked: false },
      { meetingId: "m2", startsAt: slots[1].startsAt, place: "table", tableNumber: 2, locked: false },
    ]);
  });
});
