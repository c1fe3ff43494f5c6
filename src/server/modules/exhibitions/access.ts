import type { TForum } from "../../../contracts/exhibitions";
import type { SessionUser } from "../../platform/auth";
import type { Db } from "../../platform/db";
import { forbidden, notFound, unauthenticated } from "../../platform/errors";
import { findMembership, requireOrganizationRole } from "../directory";
import { type ForumRow, findForumRow } from "./forums/forum.repository";

export type ForumAccess = TForum["access"];

/**
 * A forum is run by one organisation: its owners and admins are the organisers (everything),
 * its plain members are door staff (check-in). Platform administrators may do both.
 */
export async function forumAccessOf(db: Db, forum: ForumRow, viewer: SessionUser | null): Promise<ForumAccess> {
  if (!viewer || viewer.platformRole === "admin") return accessFrom(undefined, viewer);
  return accessFrom((await findMembership(db, forum.organizerOrganizationId, viewer.id))?.role, viewer);
}

/** The same rule from a role already read (lists read the viewer's roles once for every forum). */
export function accessFrom(role: string | undefined, viewer: SessionUser | null): ForumAccess {
  if (!viewer) return { manage: false, checkIn: false };
  if (viewer.platformRole === "admin") return { manage: true, checkIn: true };
  return { manage: role === "owner" || role === "admin", checkIn: role !== undefined };
}

/** The forum as this viewer may see it: drafts exist only for their organisers. */
export async function loadVisibleForum(db: Db, forumId: string, viewer: SessionUser | null) {
  const forum = await findForumRow(db, forumId);
  if (!forum) throw notFound("Forum");
  const access = await forumAccessOf(db, forum, viewer);
  if (forum.status !== "published" && !access.manage) throw notFound("Forum");
  return { forum, access };
}

/** Organisers only; everyone else gets 403 (or 404 for a draft they cannot know about). */
export async function requireForumManager(db: Db, forumId: string, actor: SessionUser | null) {
  if (!actor) throw unauthenticated();
  const loaded = await loadVisibleForum(db, forumId, actor);
  if (!loaded.access.manage) throw forbidden("Only the forum's organisers may do this");
  return loaded.forum;
}

/** Organisers and door staff. */
export async function requireDoorStaff(db: Db, forumId: string, actor: SessionUser | null) {
  if (!actor) throw unauthenticated();
  const loaded = await loadVisibleForum(db, forumId, actor);
  if (!loaded.access.checkIn) throw forbidden("Only the forum's organisers and door staff may check visitors in");
  return loaded.forum;
}

/** An application is for the applying organisation's members and the forum's organisers; returns its forum. */
export async function requireApplicationAccess(db: Db, actor: SessionUser, application: { forumId: string; organizationId: string }) {
  const forum = await findForumRow(db, application.forumId);
  if (!forum) throw notFound("Application");
  if (!(await forumAccessOf(db, forum, actor)).manage) await requireOrganizationRole(db, actor, application.organizationId, "member");
  return forum;
}
