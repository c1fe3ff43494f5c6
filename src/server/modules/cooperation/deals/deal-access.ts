import type { SessionUser } from "../../../platform/auth";
import type { Db } from "../../../platform/db";
import { forbidden, notFound } from "../../../platform/errors";
import { listMembershipsOfUser } from "../../directory";
import { findDeal, findDealOrganizations } from "./deal.repository";

/** The organisations a person belongs to: what they can see of deals goes through them. */
export async function organizationsOf(db: Db, actor: SessionUser | null): Promise<string[]> {
  if (!actor) return [];
  return (await listMembershipsOfUser(db, actor.id)).map((m) => m.organizationId);
}

/** Members of a deal's parties change it; organisations it was shared with only see it. */
export const isPartyMember = (organizations: { id: string; role: string }[], mine: ReadonlySet<string>) =>
  organizations.some((o) => o.role === "party" && mine.has(o.id));

/**
 * A deal is seen only by members of its parties and of the organisations the parties shared it
 * with, and changed only by members of its parties. Anyone else gets "not found", so a deal's
 * existence does not leak either. Platform administrators get no exception: deals are the
 * companies' business.
 */
export async function loadDealFor(db: Db, actor: SessionUser | null, id: string, need: "see" | "change") {
  const row = await findDeal(db, id);
  const mine = new Set(await organizationsOf(db, actor));
  const organizations = row ? await findDealOrganizations(db, [id]) : [];
  const party = isPartyMember(organizations, mine);
  const shown = organizations.some((o) => mine.has(o.id));
  if (!row || !shown) throw notFound("Deal");
  if (need === "change" && !party) throw forbidden("Only members of the deal's parties may change it");
  // The organisations come along: every caller that shows or changes the deal needs them next.
  return { row, editable: party, organizations };
}
