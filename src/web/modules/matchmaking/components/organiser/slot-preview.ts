/** A session as the form holds it: a venue date and two venue clock times ("09:30"). */
export type SessionTimes = { date: string; start: string; end: string };
export type SessionSlots = { slots: number; spareMinutes: number };

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of a clock time, or null for anything else. */
export function clockMinutes(clock: string): number | null {
  const match = CLOCK.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * Whole slots that fit a session, and the minutes left over at its end, as the server cuts them: a
 * remainder shorter than a slot is left free. Counted on the venue's wall clock; a daylight-saving
 * change in the middle of a session (at night, in practice never) would shift the server's count.
 */
export function slotsInSession(session: SessionTimes, slotMinutes: number): SessionSlots {
  const start = clockMinutes(session.start);
  const end = clockMinutes(session.end);
  if (start === null || end === null || end <= start || !Number.isInteger(slotMinutes) || slotMinutes < 1) return { slots: 0, spareMinutes: 0 };
  const length = end - start;
  return { slots: Math.floor(length / slotMinutes), spareMinutes: length % slotMinutes };
}

export type SlotPreview = { perSession: SessionSlots[]; total: number };

/** Slots per session in the order the sessions were written, and all of them together. */
export function previewSlots(sessions: readonly SessionTimes[], slotMinutes: number): SlotPreview {
  const perSession = sessions.map((session) => slotsInSession(session, slotMinutes));
  return { perSession, total: perSession.reduce((sum, session) => sum + session.slots, 0) };
}

/** Indexes of sessions that overlap an earlier-written one on the same day; the server refuses those. */
export function overlappingSessions(sessions: readonly SessionTimes[]): number[] {
  const overlapping: number[] = [];
  sessions.forEach((session, index) => {
    const start = clockMinutes(session.start);
    const end = clockMinutes(session.end);
    if (start === null || end === null || end <= start) return;
    const clash = sessions.slice(0, index).some((other) => {
      const otherStart = clockMinutes(other.start);
      const otherEnd = clockMinutes(other.end);
      return other.date === session.date && otherStart !== null && otherEnd !== null && start < otherEnd && otherStart < end;
    });
    if (clash) overlapping.push(index);
  });
  return overlapping;
}
