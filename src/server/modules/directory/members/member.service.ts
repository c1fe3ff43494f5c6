import { type TInvitation, type TMember, type TMemberRole, ZInvitationInput, ZMemberPatch } from "../../../../contracts/directory";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { AppError, forbidden, invalid, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { outranks, requireOrganizationRole } from "../access";
import { findOrganization } from "../organizations/organization.repository";
import * as repo from "./member.repository";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;
const INVITATION_DAYS = 14;

const toInvitation = (i: repo.InvitationRow, organizationName: TInvitation["organizationName"]): TInvitation => ({
  id: i.id,
  organizationId: i.organizationId,
  organizationName,
  email: i.email,
  role: i.role as TMemberRole,
  status: i.status as TInvitation["status"],
  createdAt: i.createdAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
});

export async function listMembers(ctx: Ctx, actor: SessionUser, organizationId: string): Promise<TMember[]> {
  await requireOrganizationRole(ctx.database.db, actor, organizationId, "member");
  const rows = await repo.listMembers(ctx.database.db, organizationId);
  return rows.map((r) => ({
    id: r.member.id,
    userId: r.member.userId,
    name: r.name,
    email: r.email,
    role: r.member.role as TMemberRole,
    jobTitle: r.member.jobTitle,
    createdAt: r.member.createdAt.toISOString(),
  }));
}

/**
 * Admins manage members; only owners may create or touch owners, and the last owner can
 * neither leave nor be demoted, so an organisation is never left without one.
 */
export async function updateMember(ctx: Ctx, actor: SessionUser, organizationId: string, memberId: string, body: unknown) {
  const patch = ZMemberPatch.parse(body);
  const target = await repo.findMember(ctx.database.db, organizationId, memberId);
  if (!target) throw notFound("Member");
  const isSelf = target.userId === actor.id;
  const actorRole = await requireOrganizationRole(ctx.database.db, actor, organizationId, isSelf && !patch.role ? "member" : "admin");
  if (patch.role && (!outranks(actorRole, patch.role) || !outranks(actorRole, target.role as TMemberRole)))
    throw forbidden("You cannot grant or change a role above your own");
  await repo.withOwnersLocked(ctx.database.db, organizationId, async (tx, owners) => {
    if (patch.role && target.role === "owner" && patch.role !== "owner") assertNotLastOwner(owners);
    await repo.updateMember(tx, memberId, patch);
  });
  return (await listMembers(ctx, actor, organizationId)).find((m) => m.id === memberId);
}

export async function removeMember(ctx: Ctx, actor: SessionUser, organizationId: string, memberId: string) {
  const target = await repo.findMember(ctx.database.db, organizationId, memberId);
  if (!target) throw notFound("Member");
  const leaving = target.userId === actor.id;
  const actorRole = await requireOrganizationRole(ctx.database.db, actor, organizationId, leaving ? "member" : "admin");
  if (!leaving && !outranks(actorRole, target.role as TMemberRole)) throw forbidden("Only an owner may remove an owner");
  await repo.withOwnersLocked(ctx.database.db, organizationId, async (tx, owners) => {
    if (target.role === "owner") assertNotLastOwner(owners);
    await repo.deleteMember(tx, memberId);
  });
}

function assertNotLastOwner(owners: number) {
  if (owners <= 1) {
    throw new AppError("last_owner", 409, "An organisation needs at least one owner; make someone else owner first");
  }
}

export async function inviteMember(ctx: Ctx, actor: SessionUser, organizationId: string, body: unknown) {
  const input = ZInvitationInput.parse(body);
  const org = await findOrganization(ctx.database.db, organizationId);
  if (!org) throw notFound("Organisation");
  const actorRole = await requireOrganizationRole(ctx.database.db, actor, organizationId, "admin");
  if (!outranks(actorRole, input.role)) throw forbidden("Only an owner may invite an owner");
  if (await repo.findPendingInvitation(ctx.database.db, organizationId, input.email)) {
    throw invalid("email", `${input.email} already has a pending invitation`, "already_invited", 409);
  }
  const row = {
    id: newId(),
    organizationId,
    email: input.email,
    role: input.role,
    status: "pending",
    invitedBy: actor.id,
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  };
  await repo.insertInvitation(ctx.database.db, row);
  const name = org.legalName.en ?? Object.values(org.legalName)[0];
  await ctx.mailer.send({
    to: input.email,
    subject: `${actor.name} invites you to ${name} on Hamkori`,
    text: `${actor.name} invites you to join ${name} on Hamkori as ${input.role}.\n\nSign in or create an account with this e-mail address (${input.email}) and accept the invitation on your account page:\n\n${ctx.config.publicUrl}/account\n\nThe invitation is valid for ${INVITATION_DAYS} days.`,
  });
  return toInvitation(row, org.legalName);
}

export async function listOrganizationInvitations(ctx: Ctx, actor: SessionUser, organizationId: string) {
  await requireOrganizationRole(ctx.database.db, actor, organizationId, "admin");
  const rows = await repo.listInvitations(ctx.database.db, { organizationId });
  return rows.map((r) => toInvitation(r.invitation, r.organizationName));
}

export async function listMyInvitations(ctx: Ctx, actor: SessionUser) {
  // Until the address is proven, anyone could have typed it at sign-up.
  if (!actor.emailVerified) return [];
  const rows = await repo.listInvitations(ctx.database.db, { email: actor.email.toLowerCase() });
  return rows.map((r) => toInvitation(r.invitation, r.organizationName));
}

export async function cancelInvitation(ctx: Ctx, actor: SessionUser, organizationId: string, invitationId: string) {
  const inv = await repo.findInvitation(ctx.database.db, invitationId);
  if (!inv || inv.organizationId !== organizationId) throw notFound("Invitation");
  await requireOrganizationRole(ctx.database.db, actor, organizationId, "admin");
  await repo.setInvitationStatus(ctx.database.db, invitationId, "cancelled");
}

/** Only the person the invitation was sent to (same e-mail) can accept it, and only while it is open. */
export async function acceptInvitation(ctx: Ctx, actor: SessionUser, invitationId: string) {
  const inv = await repo.findInvitation(ctx.database.db, invitationId);
  if (!inv || inv.email !== actor.email.toLowerCase()) throw notFound("Invitation");
  if (!actor.emailVerified) {
    throw new AppError("email_not_verified", 403, "Confirm your e-mail address first: open the link we sent to it, then accept the invitation");
  }
  if (inv.status !== "pending" || inv.expiresAt < new Date())
    throw new AppError("invitation_closed", 409, "This invitation was already used, cancelled or has expired");
  await repo.acceptInvitation(ctx.database.db, inv, newId(), actor.id);
  return { organizationId: inv.organizationId };
}

/**
 * Adds a member without an invitation, for flows that already hold the person's consent (loading
 * the demo forum). Routes never call it: people join through invitations.
 */
export async function addMember(ctx: Ctx, organizationId: string, userId: string, role: TMemberRole, jobTitle?: string) {
  await repo.insertMember(ctx.database.db, { id: newId(), organizationId, userId, role, jobTitle: jobTitle ?? null });
}

export async function listMemberships(ctx: Ctx, actor: SessionUser) {
  const rows = await repo.listMembershipsOfUser(ctx.database.db, actor.id);
  return rows.map((r) => ({ organizationId: r.organizationId, organizationName: r.organizationName, role: r.role as TMemberRole }));
}
