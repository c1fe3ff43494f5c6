import type { TMeetingRequest, TParticipant } from "../../../../contracts/matchmaking";
import type { Db } from "../../../platform/db";
import { describeParticipants } from "../participants/participant.views";
import { meetingIdsOf, type RequestRow } from "./request.repository";

function toMeetingRequest(row: RequestRow, from: TParticipant, to: TParticipant, meetingId: string | null): TMeetingRequest {
  return {
    id: row.id,
    forumId: row.forumId,
    from,
    to,
    message: row.message,
    status: row.status as TMeetingRequest["status"],
    declineReason: row.declineReason,
    proposedStartsAt: row.proposedStartsAt?.toISOString() ?? null,
    proposedByOrganizationId: row.proposedByOrganizationId,
    mutual: row.mutual,
    priority: row.priority,
    meetingId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
  };
}

/**
 * Requests with both sides' participant cards and their meetings. Leaving the matchmaking deletes
 * an organisation's requests, so both sides are always participants; a row caught mid-leave is skipped.
 */
export async function describeRequests(db: Db, forumId: string, rows: RequestRow[]): Promise<TMeetingRequest[]> {
  const [participants, meetings] = await Promise.all([
    describeParticipants(
      db,
      forumId,
      rows.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId]),
    ),
    meetingIdsOf(db, rows),
  ]);
  return rows.flatMap((row) => {
    const from = participants.get(row.fromOrganizationId);
    const to = participants.get(row.toOrganizationId);
    return from && to ? [toMeetingRequest(row, from, to, meetings.get(row.id) ?? null)] : [];
  });
}

export async function describeRequest(db: Db, row: RequestRow): Promise<TMeetingRequest> {
  const [view] = await describeRequests(db, row.forumId, [row]);
  return view;
}
