import { describe, expect, it } from "vitest";
import { meetingSlotsOf } from "../meeting-slots";
import { type MeetingToPlace, mayFitAll, problemFromForum } from "./problem-from-forum";

// Dushanbe (UTC+5): 9 July two sessions of 2 slots, 10 July one session of 2 slots.
const slots = meetingSlotsOf(
  [
    { date: "2031-07-09", start: "10:00", end: "11:00" },
    { date: "2031-07-09", start: "14:00", end: "15:00" },
    { date: "2031-07-10", start: "10:00", end: "11:00" },
  ],
  30,
  "Asia/Dushanbe",
);
const at = (index: number) => new Date(slots[index].startsAt);

let serial = 0;
const meeting = (host: string, guest: string, overrides: Partial<MeetingToPlace> = {}): MeetingToPlace => {
  serial++;
  return {
    id: `m${serial}`,
    host,
    guest,
    place: "table",
    startsAt: null,
    publishedAt: null,
    agreedStartsAt: null,
    tableNumber: null,
    createdAt: new Date(Date.UTC(2031, 5, 1, 0, serial)),
    request: { mutual: false, priority: 0, createdAt: new Date(Date.UTC(2031, 5, 1, 0, serial)) },
    ...overrides,
  };
};

const forum = (meetings: MeetingToPlace[], unavailability: { organizationId: string; startsAt: Date }[] = [], tables = 2) => ({
  timeZone: "Asia/Dushanbe",
  slots,
  tables,
  meetings,
  unavailability,
});

describe("problemFromForum", () => {
  it("numbers the organisations with meetings and describes slots, sessions and days", () => {
    const { problem, organizations } = problemFromForum(forum([meeting("org-b", "org-a", { place: "booth" }), meeting("org-c", "org-a")]));
    expect(organizations).toEqual(["org-a", "org-b", "org-c"]);
    expect(problem.participants).toBe(3);
    expect(problem.slots).toBe(6);
    expect(problem.sessionOfSlot).toEqual([0, 0, 1, 1, 2, 2]);
    expect(problem.dayOfSlot).toEqual([0, 0, 0, 0, 1, 1]);
    expect(problem.tables).toBe(2);
    expect(problem.meetings.map((m) => [m.a, m.b, m.place])).toEqual([
      [1, 0, "booth"],
      [2, 0, "table"],
    ]);
  });

  it("locks published meetings to their slot and fixes agreed ones", () => {
    const published = meeting("org-a", "org-b", { startsAt: at(3), publishedAt: new Date(), tableNumber: 1 });
    const agreed = meeting("org-a", "org-c", { agreedStartsAt: at(1) });
    const open = meeting("org-b", "org-c");
    const { problem, locked } = problemFromForum(forum([published, agreed, open]));
    expect(problem.meetings.map((m) => m.fixedSlot)).toEqual([3, 1, undefined]);
    expect(locked).toEqual([true, false, false]);
  });

  it("keeps an agreed slot only when it can be kept: free of clashes, allowed, a table left", () => {
    const published = meeting("a", "b", { startsAt: at(1), publishedAt: new Date() });
    const clashesWithPublished = meeting("a", "c", { agreedStartsAt: at(1) });
    const first = meeting("d", "e", { agreedStartsAt: at(2) });
    const clashesWithFirst = meeting("d", "f", { agreedStartsAt: at(2) });
    const unavailable = meeting("g", "h", { agreedStartsAt: at(3) });
    const noTableLeft = meeting("i", "j", { agreedStartsAt: at(1) }); // 1 table, taken by the published meeting
    const online = meeting("k", "l", { agreedStartsAt: at(1), place: "online" });
    const { problem } = problemFromForum(
      forum([published, clashesWithPublished, first, clashesWithFirst, unavailable, noTableLeft, online], [{ organizationId: "h", startsAt: at(3) }], 1),
    );
    expect(problem.meetings.map((m) => m.fixedSlot)).toEqual([1, undefined, 2, undefined, undefined, undefined, 1]);
    expect(mayFitAll(problem)).toBe(true);
  });

  it("places a published meeting afresh when its slot no longer exists", () => {
    const moved = meeting("org-a", "org-b", { startsAt: new Date("2031-07-09T03:00:00Z"), publishedAt: new Date() });
    const { problem, locked, orphaned } = problemFromForum(forum([moved]));
    expect(problem.meetings[0].fixedSlot).toBeUndefined();
    expect(locked).toEqual([false]);
    expect(orphaned).toEqual([moved.id]);
  });

  it("forbids unavailable slots, except where the participant's own locked meeting already is", () => {
    const published = meeting("org-a", "org-b", { startsAt: at(2), publishedAt: new Date() });
    const { problem } = problemFromForum(
      forum(
        [published],
        [
          { organizationId: "org-a", startsAt: at(0) },
          { organizationId: "org-a", startsAt: at(2) },
          { organizationId: "org-b", startsAt: at(5) },
          { organizationId: "org-z", startsAt: at(1) }, // no meetings: not a participant of the problem
          { organizationId: "org-b", startsAt: new Date("2031-07-09T00:00:00Z") }, // not a slot
        ],
      ),
    );
    expect(problem.forbidden).toEqual([[0], [5]]);
  });

  it("weighs mutual before priority before request order", () => {
    const early = meeting("org-a", "org-b");
    const late = meeting("org-a", "org-c");
    const priority = meeting("org-b", "org-c", { request: { mutual: false, priority: 3, createdAt: new Date(Date.UTC(2031, 5, 2)) } });
    const mutual = meeting("org-c", "org-d", { request: { mutual: true, priority: 0, createdAt: new Date(Date.UTC(2031, 5, 3)) } });
    const spot = meeting("org-a", "org-d", { request: null });
    const [w1, w2, w3, w4, w5] = problemFromForum(forum([early, late, priority, mutual, spot])).problem.meetings.map((m) => m.weight!);
    expect(w1).toBeGreaterThan(w2);
    expect(w3).toBeGreaterThan(w1);
    expect(w4).toBeGreaterThan(w3);
    expect(w5).toBeLessThan(w1);
  });
});

describe("mayFitAll", () => {
  it("passes a forum whose meetings can fit", () => {
    expect(mayFitAll(problemFromForum(forum([meeting("a", "b"), meeting("a", "c"), meeting("b", "c")])).problem)).toBe(true);
  });

  it("fails when someone has more meetings than free slots", () => {
    const many = ["b", "c", "d", "e", "f"].map((other) => meeting("a", other, { place: "online" }));
    expect(mayFitAll(problemFromForum(forum(many)).problem)).toBe(true);
    expect(
      mayFitAll(
        problemFromForum(
          forum(many, [
            { organizationId: "a", startsAt: at(0) },
            { organizationId: "a", startsAt: at(1) },
          ]),
        ).problem,
      ),
    ).toBe(false);
  });

  it("fails when table meetings outnumber tables times slots", () => {
    const pairs = Array.from({ length: 7 }, (_, i) => meeting(`h${i}`, `g${i}`));
    expect(mayFitAll(problemFromForum(forum(pairs, [], 1)).problem)).toBe(false);
    expect(mayFitAll(problemFromForum(forum(pairs.slice(0, 6), [], 1)).problem)).toBe(true);
  });

  it("fails when two fixed meetings claim one person's slot", () => {
    const { problem } = problemFromForum(forum([meeting("a", "b"), meeting("a", "c")]));
    const clashing = { ...problem, meetings: problem.meetings.map((m) => ({ ...m, fixedSlot: 1 })) };
    expect(mayFitAll(clashing)).toBe(false);
  });
});
