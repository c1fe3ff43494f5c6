import type { SessionUser } from "../../platform/auth";
import type { Db } from "../../platform/db";
import { notFound } from "../../platform/errors";
import { requireOrganizationRole } from "../directory";
import { loadVisibleForum } from "../exhibitions";
import { findParticipant } from "./participants/participant.repository";

/**
 * Who may act for a participant in a forum's matchmaking: the organisation's own members (any role:
 * the person at the booth answers requests), and the forum's organisers, who run the meetings desk.
 */
export async function requireParticipantActor(db: Db, actor: SessionUser, forumId: string, organizationId: string) {
  const { forum, access } = await loadVisibleForum(db, forumId, actor);
  if (!access.manage) await requireOrganizationRole(db, actor, organizationId, "member");
  const participant = await findParticipant(db, forumId, organizationId);
  if (!participant) throw notFound("Participant");
  return { forum, participant, asOrganizer: access.manage };
}
