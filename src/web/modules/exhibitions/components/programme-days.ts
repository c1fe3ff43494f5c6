import type { TProgrammeSession } from "../../../../contracts/exhibitions";
import { venueDateOf } from "./venue-time";

export type ProgrammeDay = { date: string; sessions: TProgrammeSession[] };

/** Sessions by venue calendar day, each day in order of start, then room. */
export function groupByDay(sessions: TProgrammeSession[], timeZone: string): ProgrammeDay[] {
  const days = new Map<string, TProgrammeSession[]>();
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.room.localeCompare(b.room));
  for (const session of sorted) {
    const date = venueDateOf(session.startsAt, timeZone);
    const list = days.get(date) ?? [];
    list.push(session);
    days.set(date, list);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, sessions: list }));
}

export const roomsOf = (sessions: TProgrammeSession[]) => [...new Set(sessions.map((session) => session.room))].sort((a, b) => a.localeCompare(b));
export const languagesOf = (sessions: TProgrammeSession[]) => [...new Set(sessions.map((session) => session.language))].sort();
