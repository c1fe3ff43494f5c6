import { type DznValue, readDzn } from "./read-dzn";
import type { ProblemMeeting, SchedulingProblem } from "./types";

// The Girona business-forum format (Bofill et al., JAIR 2022): participants and slots are 1-based
// in the file and 0-based here; session 0 is the first nMorningSlots slots, session 1 the rest.
// meetingsxBusiness is derivable from `requested` and is not read; nMeetingsBusiness is checked
// against it because a mismatch means the file is damaged.

export function parseDzn(text: string): SchedulingProblem {
  const fields = readDzn(text);
  const count = (name: string, min: number) => {
    const value = fields.get(name);
    if (!value) throw new Error(`Field ${name} is missing`);
    if (value.kind !== "int") throw new Error(`Field ${name} at line ${value.line} should be a whole number`);
    if (value.value < min) throw new Error(`Field ${name} at line ${value.line} should be at least ${min}, found ${value.value}`);
    return value.value;
  };
  const participants = count("nBusiness", 1);
  const meetingCount = count("nMeetings", 0);
  const tables = count("nTables", 0);
  const slots = count("nTotalSlots", 1);
  const morning = count("nMorningSlots", 0);
  if (morning > slots) throw new Error(`Field nMorningSlots at line ${fields.get("nMorningSlots")?.line} exceeds nTotalSlots (${slots})`);
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

  const requested = fields.get("requested");
  if (!requested) throw new Error("Field requested is missing");
  if (requested.kind !== "matrix") throw new Error(`Field requested at line ${requested.line} should be a 2-D array [| a, b, s | … |]`);
  if (requested.rows.length !== meetingCount) {
    throw new Error(`Field requested at line ${requested.line} has ${requested.rows.length} rows but nMeetings is ${meetingCount}`);
  }
  const fixed = optionalList(fields.get("fixed"), "fixed", meetingCount);
  const meetings: ProblemMeeting[] = requested.rows.map((row, m) => {
    const where = `Field requested, meeting ${m + 1} at line ${row.line}`;
    if (row.values.length !== 3) throw new Error(`${where} should have 3 numbers (a, b, session), found ${row.values.length}`);
    const [a, b, session] = row.values;
    for (const p of [a, b]) if (p < 1 || p > participants) throw new Error(`${where} names participant ${p}, outside 1..${participants}`);
    if (a === b) throw new Error(`${where} has participant ${a} meeting itself`);
    const meeting: ProblemMeeting = { a: a - 1, b: b - 1, place: "table" };
    if (session === 1) meeting.allowedSlots = range(0, morning);
    else if (session === 2) meeting.allowedSlots = range(morning, slots);
    else if (session !== 3) throw new Error(`${where} has session ${session}; expected 1 (morning), 2 (afternoon) or 3 (either)`);
    if (meeting.allowedSlots?.length === 0) throw new Error(`${where} asks for a session that has no slots`);
    const fixedSlot = fixed?.items[m];
    if (fixedSlot !== undefined && fixedSlot !== 0) {
      if (fixedSlot < 1 || fixedSlot > slots)
        throw new Error(`Field fixed at line ${fixed?.line}: meeting ${m + 1} is fixed to slot ${fixedSlot}, outside 1..${slots}`);
      meeting.fixedSlot = fixedSlot - 1;
    }
    return meeting;
  });

  const forbidden = readForbidden(fields.get("forbidden"), participants, slots);
  checkMeetingCounts(fields.get("nMeetingsBusiness"), meetings, participants);
  const precedences = fields.get("precedences");
  if (precedences?.kind === "array" && precedences.items.some((item) => item.kind === "set" && item.items.length > 0)) {
    throw new Error(`Field precedences at line ${precedences.line}: meeting precedences are not supported`);
  }
  return { participants, slots, sessionOfSlot: range(0, slots).map((t) => (t < morning ? 0 : 1)), tables, meetings, forbidden };
}

function optionalList(value: DznValue | undefined, name: string, length: number) {
  if (!value) return undefined;
  if (value.kind !== "array" || value.items.some((item) => item.kind !== "int"))
    throw new Error(`Field ${name} at line ${value.line} should be a list of whole numbers`);
  if (value.items.length !== length) throw new Error(`Field ${name} at line ${value.line} has ${value.items.length} entries, expected ${length}`);
  return { items: value.items.map((item) => (item.kind === "int" ? item.value : 0)), line: value.line };
}

function readForbidden(value: DznValue | undefined, participants: number, slots: number): number[][] {
  if (!value) return Array.from({ length: participants }, () => []);
  if (value.kind !== "array" || value.items.length !== participants) {
    throw new Error(`Field forbidden at line ${value.line} should be a list of ${participants} sets, one per participant`);
  }
  return value.items.map((item, p) => {
    if (item.kind !== "set") throw new Error(`Field forbidden at line ${item.line}: participant ${p + 1} should have a set of slots`);
    // {0} is how the published files write "no forbidden slot".
    const own = [...new Set(item.items.filter((slot) => slot !== 0))].sort((x, y) => x - y);
    for (const slot of own) {
      if (slot < 1 || slot > slots) throw new Error(`Field forbidden at line ${item.line}: participant ${p + 1} has slot ${slot}, outside 1..${slots}`);
    }
    return own.map((slot) => slot - 1);
  });
}

function checkMeetingCounts(value: DznValue | undefined, meetings: ProblemMeeting[], participants: number) {
  const counts = optionalList(value, "nMeetingsBusiness", participants);
  if (!counts) return;
  const derived = new Array<number>(participants).fill(0);
  for (const meeting of meetings) {
    derived[meeting.a]++;
    derived[meeting.b]++;
  }
  for (let p = 0; p < participants; p++) {
    if (derived[p] !== counts.items[p]) {
      throw new Error(`Field nMeetingsBusiness at line ${counts.line}: participant ${p + 1} has ${derived[p]} requested meetings, not ${counts.items[p]}`);
    }
  }
}
