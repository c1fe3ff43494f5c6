import type { SessionUser } from "../../../platform/auth";
import type { Db } from "../../../platform/db";
import { forbidden, notFound } from "../../../platform/errors";
import { findMembership } from "../../directory";
import { loadVisibleForum } from "../../exhibitions";
import { findMeeting, type MeetingRow } from "./meeting.repository";

/** Whether the actor belongs to the organisation (platform administrators belong everywhere). */
export async function isMemberOf(db: Db, actor: SessionUser, organizationId: string): Promise<boolean> {
  return actor.platformRole === "admin" || (await findMembership(db, organizationId, actor.id)) !== undefined;
}

/**
 * A meeting is for its two sides' members and the forum's organisers; everyone else is refused,
 * and a meeting of a forum they cannot see does not exist for them.
 */
export async function requireMeetingAccess(db: Db, actor: SessionUser, meetingId: string) {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw notFound("Meeting");
  const { forum, access } = await loadVisibleForum(db, meeting.forumId, actor).catch(() => {
    throw notFound("Meeting");
  });
  if (access.manage) return { meeting, forum, asOrganizer: true };
  const [host, guest] = await Promise.all([isMemberOf(db, actor, meeting.hostOrganizationId), isMemberOf(db, actor, meeting.guestOrganizationId)]);
  if (!host && !guest) throw forbidden("Only the two sides of a meeting and the forum's organisers may do this");
  return { meeting, forum, asOrganizer: false };
}

export const isPublished = (meeting: MeetingRow) => meeting.publishedAt !== null && meeting.startsAt !== null;
