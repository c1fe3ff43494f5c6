import type { TScheduleReview } from "../../../../contracts/matchmaking";
import { validateSchedule } from "../../../../engines/scheduling";
import type { ForumToSchedule, ProblemFromForum } from "./problem-from-forum";
import type { StoredAssignment } from "./schedule.repository";

/** What a solver run produced, in the engine's indices. */
export type SolvedSchedule = {
  mode: TScheduleReview["mode"];
  /** Slot per meeting, -1 when not held (mode 2). */
  slots: ArrayLike<number>;
  /** Table per meeting (1-based) for table meetings, 0 otherwise. */
  tables: ArrayLike<number>;
  provenOptimal: boolean;
  lowerBound: number;
  upperBound: number | null;
  shareOfBound: number | null;
  seconds: number;
};

export type ReviewInput = {
  forum: ForumToSchedule;
  mapped: ProblemFromForum;
  solved: SolvedSchedule;
  fairness: number;
  /** Every participant of the forum, to list those left without a meeting. */
  participants: { id: string; name: string }[];
  nameOf: (organizationId: string) => string;
};

/**
 * A locked meeting keeps the table it was published with: within its slot, it swaps numbers with
 * whichever meeting the engine put there. Swapping within a slot cannot create a clash.
 */
export function keepLockedTables(input: Pick<ReviewInput, "forum" | "mapped" | "solved">): number[] {
  const { forum, mapped, solved } = input;
  const tables = Array.from(solved.tables);
  forum.meetings.forEach((meeting, m) => {
    const wanted = meeting.tableNumber;
    if (!mapped.locked[m] || meeting.place !== "table" || wanted === null || tables[m] === wanted || wanted > forum.tables) return;
    const other = tables.findIndex((table, n) => n !== m && table === wanted && solved.slots[n] === solved.slots[m] && forum.meetings[n].place === "table");
    if (other >= 0 && mapped.locked[other] && forum.meetings[other].tableNumber === wanted) return; // two locked claims: leave the engine's
    if (other >= 0) tables[other] = tables[m];
    tables[m] = wanted;
  });
  return tables;
}

/** The engine's messages speak of indices; organisers read names and venue times. */
function humanise(violation: string, input: ReviewInput): string {
  const { mapped, forum, nameOf } = input;
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: forum.timeZone, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return violation
    .replace(/meeting (\d+) \(participants (\d+) and (\d+)\)/g, (_, m: string) => {
      const meeting = forum.meetings[Number(m)];
      return meeting ? `the meeting of ${nameOf(meeting.host)} and ${nameOf(meeting.guest)}` : `meeting ${m}`;
    })
    .replace(/participant (\d+)/g, (_, p: string) => nameOf(mapped.organizations[Number(p)] ?? p))
    .replace(/slot (\d+)/g, (text, s: string) => {
      const slot = forum.slots[Number(s)];
      return slot ? `the slot at ${time.format(new Date(slot.startsAt))}` : text;
    });
}

export function reviewSchedule(input: ReviewInput): { review: TScheduleReview; assignments: StoredAssignment[] } {
  const { forum, mapped, solved, fairness } = input;
  const tables = keepLockedTables(input);
  const check = validateSchedule(mapped.problem, solved.slots, {
    allowUnscheduled: solved.mode === "most-valuable",
    ...(solved.mode === "all" && { fairness }),
    tables,
  });
  const assignments = forum.meetings.map((meeting, m): StoredAssignment => {
    const slot = solved.slots[m];
    return {
      meetingId: meeting.id,
      startsAt: slot >= 0 ? forum.slots[slot].startsAt : null,
      place: meeting.place,
      tableNumber: slot >= 0 && meeting.place === "table" ? tables[m] : null,
      locked: mapped.locked[m],
    };
  });
  const scheduled = assignments.filter((a) => a.startsAt !== null);
  const busy = new Set(forum.meetings.flatMap((meeting, m) => (solved.slots[m] >= 0 ? [meeting.host, meeting.guest] : [])));
  const load = forum.slots.map((slot) => ({ startsAt: slot.startsAt, tables: 0, booth: 0, online: 0 }));
  forum.meetings.forEach((meeting, m) => {
    const slot = solved.slots[m];
    if (slot < 0) return;
    load[slot][meeting.place === "table" ? "tables" : meeting.place]++;
  });
  return {
    assignments,
    review: {
      meetings: forum.meetings.length,
      scheduled: scheduled.length,
      unscheduled: forum.meetings.length - scheduled.length,
      breaks: check.breaks,
      spread: check.spread,
      provenOptimal: solved.provenOptimal,
      lowerBound: solved.lowerBound,
      upperBound: solved.upperBound,
      shareOfBound: solved.shareOfBound,
      mode: solved.mode,
      seconds: Math.round(solved.seconds * 100) / 100,
      conflicts: check.violations.map((violation) => humanise(violation, input)),
      participantsWithoutMeetings: input.participants
        .filter((p) => !busy.has(p.id))
        .map((p) => ({ organizationId: p.id, name: p.name }))
        .sort((x, y) => x.name.localeCompare(y.name)),
      tableLoad: load,
    },
  };
}
