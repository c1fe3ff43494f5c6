import { meetingWeight } from "./meeting-weight";
import { createRandom } from "./random";
import type { ProblemMeeting, SchedulingProblem } from "./types";

export type ForumShape = {
  participants: number;
  requests: number;
  slots: number;
  /** Equal sessions the slots split into (2 × 8 for 16 slots). */
  sessions: number;
  tables: number;
  seed: number;
};

/** A generated forum: the problem (meetings in request order) and what each request's weight came from. */
export type GeneratedForum = {
  problem: SchedulingProblem;
  mutual: Uint8Array;
  priority: Uint8Array;
  /** Participants 0..exhibitors-1 are exhibitors (with a booth); the rest are visitors. */
  exhibitors: number;
};

/** Draws an index with probability proportional to `weights`, by binary search on the running sums. */
function sampler(weights: readonly number[], random: () => number): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Skewed priority: most requests have none, a few reach the top levels. */
const drawPriority = (random: () => number) => (random() < 0.85 ? 0 : Math.min(9, 1 + Math.floor(-Math.log2(1 - random()))));

/**
 * A large forum with the skew that makes choosing matter: a quarter of the participants are
 * exhibitors whose popularity follows a Zipf-like law (the top ones receive hundreds of requests
 * for 16 slots, the least popular about ten); visitors send requests in skewed numbers too; 15 %
 * of requests are mutual; some participants carry an organiser priority (delegations, sponsors);
 * a tenth attend one session only and a fifth miss a few slots; a quarter of exhibitor meetings
 * happen at the booth and a few online; 5 % of meetings are confined to one session and 2 % are
 * locked into a slot already. The same shape and seed always give the same forum.
 */
export function generateForum(shape: ForumShape): GeneratedForum {
  const { participants: n, slots, sessions, tables } = shape;
  if (shape.requests > (n * (n - 1)) / 2) throw new Error(`${n} participants cannot make ${shape.requests} distinct requests`);
  const random = createRandom(shape.seed);
  const perSession = Math.ceil(slots / sessions);
  const sessionOfSlot = Array.from({ length: slots }, (_, s) => Math.floor(s / perSession));
  const sessionSlots = (k: number) => Array.from({ length: slots }, (_, s) => s).filter((s) => sessionOfSlot[s] === k);
  const exhibitors = Math.max(1, Math.round(n / 4));
  // Exhibitor p draws in proportion to 1/(p + 20): at 750 exhibitors the first gets ~1.3 % of the
  // requests (hundreds, for 16 slots), the last ~0.04 %; visitors are asked by ~8 % of requests.
  const popularity = Array.from({ length: n }, (_, p) =>
    p < exhibitors ? 1 / (p + 20) : (0.18 * Math.log(exhibitors / 20 + 1) * random()) / (n - exhibitors),
  );
  const activity = Array.from({ length: n }, () => (random() < 0.1 ? 4 + 6 * random() : 0.5 + random()));
  const pickTarget = sampler(popularity, random);
  const pickRequester = sampler(activity, random);
  const participantPriority = Array.from({ length: n }, () => drawPriority(random));
  const forbidden: number[][] = Array.from({ length: n }, () => {
    const roll = random();
    if (roll < 0.1 && sessions > 1) return sessionSlots(Math.floor(random() * sessions));
    if (roll < 0.3) return [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => Math.floor(random() * slots)))].sort((x, y) => x - y);
    return [];
  });

  const meetings: ProblemMeeting[] = [];
  const mutual = new Uint8Array(shape.requests);
  const priority = new Uint8Array(shape.requests);
  const seen = new Set<number>();
  while (meetings.length < shape.requests) {
    const from = pickRequester();
    const to = pickTarget();
    const key = Math.min(from, to) * n + Math.max(from, to);
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    // The host is the exhibitor when there is one: booth meetings happen at the host's booth.
    const [a, b] = to < exhibitors || from >= exhibitors ? [to, from] : [from, to];
    const i = meetings.length;
    mutual[i] = random() < 0.15 ? 1 : 0;
    priority[i] = Math.max(participantPriority[a], participantPriority[b]);
    const roll = random();
    const place = a < exhibitors && roll < 0.25 ? "booth" : roll > 0.97 ? "online" : "table";
    const meeting: ProblemMeeting = { a, b, place };
    if (sessions > 1 && random() < 0.05) meeting.allowedSlots = sessionSlots(Math.floor(random() * sessions));
    meetings.push(meeting);
  }
  lockSome(meetings, forbidden, slots, tables, random);
  meetings.forEach((meeting, i) => {
    meeting.weight = meetingWeight({ mutual: mutual[i] === 1, priority: priority[i], requestRank: i, requestCount: meetings.length });
  });
  return { problem: { participants: n, slots, sessionOfSlot, tables, meetings, forbidden }, mutual, priority, exhibitors };
}

/** Locks about 2 % of the meetings into slots that fit them all together, as a published agenda would. */
function lockSome(meetings: ProblemMeeting[], forbidden: readonly number[][], slots: number, tables: number, random: () => number) {
  const taken = new Set<number>();
  const tableLoad = new Int32Array(slots);
  const blocked = forbidden.map((list) => new Set(list));
  for (const meeting of meetings) {
    if (random() >= 0.02) continue;
    const options = (meeting.allowedSlots ?? Array.from({ length: slots }, (_, s) => s)).filter(
      (s) =>
        !blocked[meeting.a].has(s) &&
        !blocked[meeting.b].has(s) &&
        !taken.has(meeting.a * slots + s) &&
        !taken.has(meeting.b * slots + s) &&
        (meeting.place !== "table" || tableLoad[s] < tables),
    );
    if (options.length === 0) continue;
    const slot = options[Math.floor(random() * options.length)];
    meeting.fixedSlot = slot;
    taken.add(meeting.a * slots + slot);
    taken.add(meeting.b * slots + slot);
    if (meeting.place === "table") tableLoad[slot]++;
  }
}
