import type { TMemberRole } from "../../../contracts/directory";
import type { SessionUser } from "../../platform/auth";
import type { Db } from "../../platform/db";
import { forbidden } from "../../platform/errors";
import { findMembership } from "./members/member.repository";

const RANK: Record<TMemberRole, number> = { member: 1, admin: 2, owner: 3 };

/**
 * Checks on the server that `actor` holds at least `needed` in the organisation; the platform
 * administrator may act everywhere. Returns the actor's role (admins acting as "owner").
 */
export async function requireOrganizationRole(db: Db, actor: SessionUser, organizationId: string, needed: TMemberRole): Promise<TMemberRole> {
  if (actor.platformRole === "admin") return "owner";
  const membership = await findMembership(db, organizationId, actor.id);
  const role = membership?.role as TMemberRole | undefined;
  if (!role || RANK[role] < RANK[needed]) {
    throw forbidden(needed === "member" ? "Only members of this organisation may do this" : `Only an organisation ${needed} may do this`);
  }
  return role;
}

export const outranks = (a: TMemberRole, b: TMemberRole) => RANK[a] >= RANK[b];
