import type { TMatchmakingSettings, TMeeting, TMeetingPlace, TParticipant } from "../../../../contracts/matchmaking";
import type { Db } from "../../../platform/db";
import { describeParticipants } from "../participants/participant.views";
import * as repo from "./meeting.repository";
import { placeLabelOf, videoUrlOf } from "./place-label";

type Settings = Pick<TMatchmakingSettings, "slotMinutes" | "meetingArea" | "videoLinkTemplate">;

export type MeetingFacts = {
  settings: Settings;
  participants: Map<string, TParticipant>;
  booths: Map<string, repo.BoothPlace>;
  outcomes: Map<string, repo.OutcomeRow[]>;
};

/** Reads what the meetings' views need (sides, booths, outcomes) in a few queries for the whole list. */
export async function loadMeetingFacts(db: Db, forumId: string, settings: Settings, rows: repo.MeetingRow[]): Promise<MeetingFacts> {
  const [participants, booths, outcomes] = await Promise.all([
    describeParticipants(
      db,
      forumId,
      rows.flatMap((row) => [row.hostOrganizationId, row.guestOrganizationId]),
    ),
    repo.findBooths(db, [...new Set(rows.flatMap((row) => (row.boothId ? [row.boothId] : [])))]),
    repo.listOutcomes(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  const byMeeting = new Map<string, repo.OutcomeRow[]>();
  for (const outcome of outcomes) byMeeting.set(outcome.meetingId, [...(byMeeting.get(outcome.meetingId) ?? []), outcome]);
  return { settings, participants, booths: new Map(booths.map((b) => [b.id, b])), outcomes: byMeeting };
}

/** The meeting as the API shows it; undefined when a side has left the forum's matchmaking. */
export function toMeeting(row: repo.MeetingRow, facts: MeetingFacts): TMeeting | undefined {
  const host = facts.participants.get(row.hostOrganizationId);
  const guest = facts.participants.get(row.guestOrganizationId);
  if (!host || !guest) return undefined;
  const place = row.place as TMeetingPlace;
  const booth = row.boothId ? facts.booths.get(row.boothId) : undefined;
  const endsAt = row.startsAt ? new Date(row.startsAt.getTime() + facts.settings.slotMinutes * 60_000) : null;
  return {
    id: row.id,
    forumId: row.forumId,
    requestId: row.requestId,
    host,
    guest,
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: endsAt?.toISOString() ?? null,
    place,
    tableNumber: row.tableNumber,
    placeLabel: placeLabelOf({ place, tableNumber: row.tableNumber, meetingArea: facts.settings.meetingArea, booth: booth ?? host.booth }),
    videoUrl: videoUrlOf(place, facts.settings.videoLinkTemplate, row.id),
    attendance: row.attendance as TMeeting["attendance"],
    outcomes: (facts.outcomes.get(row.id) ?? []).map((o) => ({
      organizationId: o.organizationId,
      outcome: o.outcome as TMeeting["outcomes"][number]["outcome"],
      value: o.value,
      currency: o.currency,
      note: o.note,
      recordedAt: o.recordedAt.toISOString(),
    })),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

export async function describeMeetings(db: Db, forumId: string, settings: Settings, rows: repo.MeetingRow[]): Promise<TMeeting[]> {
  const facts = await loadMeetingFacts(db, forumId, settings, rows);
  return rows.flatMap((row) => toMeeting(row, facts) ?? []);
}
