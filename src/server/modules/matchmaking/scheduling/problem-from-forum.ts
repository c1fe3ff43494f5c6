import type { TMeetingPlace, TMeetingSlot } from "../../../../contracts/matchmaking";
import { meetingWeight, type ProblemMeeting, type SchedulingProblem } from "../../../../engines/scheduling";

/** A live (accepted, not cancelled) meeting as the scheduler needs to know it. */
export type MeetingToPlace = {
  id: string;
  host: string;
  guest: string;
  place: TMeetingPlace;
  startsAt: Date | null;
  publishedAt: Date | null;
  agreedStartsAt: Date | null;
  tableNumber: number | null;
  createdAt: Date;
  /** The request behind it; meetings booked on the spot have none. */
  request: { mutual: boolean; priority: number; createdAt: Date } | null;
};

export type ForumToSchedule = {
  timeZone: string;
  slots: readonly TMeetingSlot[];
  tables: number;
  meetings: readonly MeetingToPlace[];
  unavailability: readonly { organizationId: string; startsAt: Date }[];
};

export type ProblemFromForum = {
  problem: SchedulingProblem;
  /** Organisation id of each participant index. */
  organizations: string[];
  /** Published meetings stay where they are on a re-run. */
  locked: boolean[];
  /** Meetings whose published slot no longer exists (the sessions changed): they are placed afresh. */
  orphaned: string[];
};

const slotIndexOf = (slots: readonly TMeetingSlot[], instant: Date | null) =>
  instant ? slots.findIndex((slot) => Date.parse(slot.startsAt) === instant.getTime()) : -1;

/** Day number of each slot, counted in venue dates, so a night is never taken for a break. */
function daysOf(slots: readonly TMeetingSlot[], timeZone: string): number[] {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const dates = slots.map((slot) => format.format(new Date(slot.startsAt)));
  const distinct = [...new Set(dates)];
  return dates.map((date) => distinct.indexOf(date));
}

/**
 * Request order for mode 2's weights: mutual first, then the organiser's priority, then who asked
 * first. Meetings booked without a request rank by when they were booked.
 */
function weightsOf(meetings: readonly MeetingToPlace[]): number[] {
  const askedAt = (m: MeetingToPlace) => (m.request?.createdAt ?? m.createdAt).getTime();
  const order = meetings.map((_, i) => i).sort((x, y) => askedAt(meetings[x]) - askedAt(meetings[y]) || meetings[x].id.localeCompare(meetings[y].id));
  const rank = new Array<number>(meetings.length);
  order.forEach((meeting, position) => {
    rank[meeting] = position;
  });
  return meetings.map((m, i) =>
    meetingWeight({ mutual: m.request?.mutual ?? false, priority: m.request?.priority ?? 0, requestRank: rank[i], requestCount: meetings.length }),
  );
}

/**
 * The forum as the scheduling engine sees it. Participants are the organisations with a live
 * meeting; a published meeting is locked to its slot, an agreed one fixed to the agreed slot.
 * A participant's unavailable slots are forbidden except where their own locked meeting already
 * sits: the published meeting stands until someone cancels it, and the engine must be able to keep it.
 * Fixed slots never clash (the engine refuses clashing ones): see `agreedSlots` below.
 */
export function problemFromForum(forum: ForumToSchedule): ProblemFromForum {
  const organizations = [...new Set(forum.meetings.flatMap((m) => [m.host, m.guest]))].sort();
  const indexOf = new Map(organizations.map((id, i) => [id, i]));
  const weights = weightsOf(forum.meetings);
  const publishedSlots = forum.meetings.map((m) => (m.publishedAt !== null && m.startsAt !== null ? slotIndexOf(forum.slots, m.startsAt) : -1));
  const locked = publishedSlots.map((slot) => slot >= 0);
  const orphaned = forum.meetings.filter((m, i) => m.publishedAt !== null && m.startsAt !== null && publishedSlots[i] < 0).map((m) => m.id);
  const lockedSlots = organizations.map(() => new Set<number>());
  forum.meetings.forEach((m, i) => {
    if (!locked[i]) return;
    lockedSlots[indexOf.get(m.host)!].add(publishedSlots[i]);
    lockedSlots[indexOf.get(m.guest)!].add(publishedSlots[i]);
  });

  const forbidden = organizations.map(() => new Set<number>());
  for (const { organizationId, startsAt } of forum.unavailability) {
    const p = indexOf.get(organizationId);
    const slot = slotIndexOf(forum.slots, startsAt);
    if (p !== undefined && slot >= 0 && !lockedSlots[p].has(slot)) forbidden[p].add(slot);
  }

  // An agreed slot is kept when it can be: not forbidden, not taken by a locked (or earlier agreed)
  // meeting of either side, a table left. Otherwise the agreement is a wish the scheduler may not meet.
  const taken = organizations.map((_, p) => new Set(lockedSlots[p]));
  const tablesTaken = new Array<number>(forum.slots.length).fill(0);
  forum.meetings.forEach((m, i) => {
    if (locked[i] && m.place === "table") tablesTaken[publishedSlots[i]]++;
  });
  const agreedSlots = forum.meetings.map((m, i) => {
    const slot = locked[i] ? -1 : slotIndexOf(forum.slots, m.agreedStartsAt);
    const [a, b] = [indexOf.get(m.host)!, indexOf.get(m.guest)!];
    if (slot < 0 || [a, b].some((p) => forbidden[p].has(slot) || taken[p].has(slot))) return -1;
    if (m.place === "table" && tablesTaken[slot] >= forum.tables) return -1;
    taken[a].add(slot);
    taken[b].add(slot);
    if (m.place === "table") tablesTaken[slot]++;
    return slot;
  });

  const meetings = forum.meetings.map((m, i): ProblemMeeting => {
    const fixedSlot = locked[i] ? publishedSlots[i] : agreedSlots[i] >= 0 ? agreedSlots[i] : undefined;
    return { a: indexOf.get(m.host)!, b: indexOf.get(m.guest)!, place: m.place, weight: weights[i], ...(fixedSlot !== undefined && { fixedSlot }) };
  });

  return {
    problem: {
      participants: organizations.length,
      slots: forum.slots.length,
      sessionOfSlot: forum.slots.map((slot) => slot.session),
      dayOfSlot: daysOf(forum.slots, forum.timeZone),
      tables: forum.tables,
      meetings,
      forbidden: forbidden.map((slots) => [...slots].sort((x, y) => x - y)),
    },
    organizations,
    locked,
    orphaned,
  };
}

/**
 * Whether every meeting can possibly be placed, by counting: no participant has more meetings
 * than usable slots, table meetings fit the tables, and no two fixed meetings claim one person's
 * slot or more tables than there are. Passing does not prove a schedule exists; failing proves none does.
 */
export function mayFitAll(problem: SchedulingProblem): boolean {
  const meetingsOf = new Array<number>(problem.participants).fill(0);
  const fixedAt = new Map<string, number>();
  const fixedTablesAt = new Array<number>(problem.slots).fill(0);
  let tableMeetings = 0;
  for (const m of problem.meetings) {
    meetingsOf[m.a]++;
    meetingsOf[m.b]++;
    if (m.place === "table") tableMeetings++;
    if (m.fixedSlot === undefined) continue;
    for (const p of [m.a, m.b]) {
      const key = `${p}:${m.fixedSlot}`;
      fixedAt.set(key, (fixedAt.get(key) ?? 0) + 1);
      if (fixedAt.get(key)! > 1 || problem.forbidden[p].includes(m.fixedSlot)) return false;
    }
    if (m.place === "table" && ++fixedTablesAt[m.fixedSlot] > problem.tables) return false;
  }
  if (tableMeetings > problem.tables * problem.slots) return false;
  return meetingsOf.every((count, p) => count <= problem.slots - problem.forbidden[p].length);
}
