import type { z } from "zod";
import type { TForum, ZForumInput, ZForumPatch, ZForumQuery } from "../../../../contracts/exhibitions";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { AppError, type FieldError, forbidden, validationFailed } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { requireOrganizationRole } from "../../directory";
import { accessFrom, type ForumAccess, loadVisibleForum, requireForumManager } from "../access";
import { daysBetween, venueToday } from "../venue-time";
import * as repo from "./forum.repository";

type Ctx = Pick<AppContext, "database" | "reference">;
type Input = z.output<typeof ZForumInput>;
type Patch = z.output<typeof ZForumPatch>;
type Facts = { exhibitors: number; booths: number; freeBooths: number; sessions: number };

const MAX_FORUM_DAYS = 31;
// PostgreSQL has no year 0 (a 500 instead of a 400) and a forum of year 1 is a typo; nothing real predates this.
const EARLIEST_FORUM_DATE = "2000-01-01";

export function toForum(row: repo.ForumRow, organizer: { id: string; name: TForum["name"]; country: string }, facts: Facts, access: ForumAccess): TForum {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    timeZone: row.timeZone,
    venue: { name: row.venueName, city: row.venueCity, country: row.venueCountry, address: row.venueAddress },
    organizer,
    parties: row.parties.map((p) => ({ role: p.role as TForum["parties"][number]["role"], name: p.name, organizationId: p.organizationId })),
    registrationOpen: row.registrationOpen,
    applicationsOpen: row.applicationsOpen,
    status: row.status as TForum["status"],
    counts: facts,
    access,
    createdAt: row.createdAt.toISOString(),
  };
}

async function describe(ctx: Ctx, rows: repo.ForumRow[], accessOf: (row: repo.ForumRow) => Promise<ForumAccess>) {
  const db = ctx.database.db;
  const [organizers, facts] = await Promise.all([
    repo.findOrganizerNames(db, [...new Set(rows.map((r) => r.organizerOrganizationId))]),
    repo.countForumFacts(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const byId = new Map(organizers.map((o) => [o.id, o]));
  return Promise.all(rows.map(async (row) => toForum(row, byId.get(row.organizerOrganizationId)!, facts.get(row.id)!, await accessOf(row))));
}

function checkDates(startsOn: string, endsOn: string, errors: FieldError[]) {
  if (startsOn < EARLIEST_FORUM_DATE) errors.push({ field: "startsOn", message: `Use a date from ${EARLIEST_FORUM_DATE} on` });
  else if (endsOn < startsOn) errors.push({ field: "endsOn", message: "The forum cannot end before it starts" });
  else if (daysBetween(startsOn, endsOn) > MAX_FORUM_DAYS) errors.push({ field: "endsOn", message: `A forum lasts at most ${MAX_FORUM_DAYS} days` });
}

async function checkReferences(ctx: Ctx, input: Partial<Input>, errors: FieldError[]) {
  if (input.venue && !ctx.reference.jurisdictions.isCountry(input.venue.country)) {
    errors.push({ field: "venue.country", message: `${input.venue.country} is not an ISO 3166-1 country code` });
  }
  // Parties link to organisation pages; an unknown id would be stored as a dead link (it has no foreign key in JSON),
  // and an unknown organiser (possible for platform admins, who skip the membership check) failed its foreign key with a 500.
  const wanted = [
    ...(input.organizerOrganizationId ? [{ field: "organizerOrganizationId", id: input.organizerOrganizationId }] : []),
    ...(input.parties ?? []).flatMap((p, i) => (p.organizationId ? [{ field: `parties.${i}.organizationId`, id: p.organizationId }] : [])),
  ];
  if (wanted.length === 0) return;
  const known = new Set((await repo.findOrganizerNames(ctx.database.db, [...new Set(wanted.map((w) => w.id))])).map((o) => o.id));
  for (const w of wanted) if (!known.has(w.id)) errors.push({ field: w.field, message: "There is no such organisation" });
}

export async function createForum(ctx: Ctx, actor: SessionUser, input: Input): Promise<TForum> {
  const db = ctx.database.db;
  const errors: FieldError[] = [];
  checkDates(input.startsOn, input.endsOn, errors);
  await checkReferences(ctx, input, errors);
  if (errors.length) throw validationFailed(errors);
  await requireOrganizationRole(db, actor, input.organizerOrganizationId, "admin");
  const row = await repo.insertForum(db, {
    id: newId(),
    organizerOrganizationId: input.organizerOrganizationId,
    name: input.name,
    description: input.description,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    timeZone: input.timeZone,
    venueName: input.venue.name,
    venueCity: input.venue.city,
    venueCountry: input.venue.country,
    venueAddress: input.venue.address ?? null,
    parties: input.parties.map((p) => ({ role: p.role, name: p.name, organizationId: p.organizationId ?? null })),
    registrationOpen: input.registrationOpen,
    applicationsOpen: input.applicationsOpen,
    status: input.status,
    createdBy: actor.id,
  });
  const [forum] = await describe(ctx, [row], async () => ({ manage: true, checkIn: true }));
  return forum;
}

export async function updateForum(ctx: Ctx, actor: SessionUser, forumId: string, patch: Patch): Promise<TForum> {
  const db = ctx.database.db;
  const current = await requireForumManager(db, forumId, actor);
  const errors: FieldError[] = [];
  checkDates(patch.startsOn ?? current.startsOn, patch.endsOn ?? current.endsOn, errors);
  await checkReferences(ctx, patch, errors);
  if (errors.length) throw validationFailed(errors);
  const { venue, parties, ...rest } = patch;
  const row = await repo.updateForum(db, forumId, {
    ...rest,
    ...(venue && { venueName: venue.name, venueCity: venue.city, venueCountry: venue.country, venueAddress: venue.address ?? null }),
    ...(parties && { parties: parties.map((p) => ({ role: p.role, name: p.name, organizationId: p.organizationId ?? null })) }),
  });
  const [forum] = await describe(ctx, [row], async () => ({ manage: true, checkIn: true }));
  return forum;
}

export async function deleteForum(ctx: Ctx, actor: SessionUser, forumId: string) {
  const db = ctx.database.db;
  const forum = await requireForumManager(db, forumId, actor);
  // Exhibitors have paid and visitors hold badges: a published forum is unpublished, not erased.
  if (forum.status === "published") throw new AppError("forum_published", 409, "Unpublish the forum (set it back to draft) before deleting it");
  await repo.deleteForum(db, forumId);
}

export async function getForum(ctx: Ctx, viewer: SessionUser | null, forumId: string): Promise<TForum> {
  const { forum, access } = await loadVisibleForum(ctx.database.db, forumId, viewer);
  const [described] = await describe(ctx, [forum], async () => access);
  return described;
}

export async function listForums(ctx: Ctx, viewer: SessionUser | null, query: z.output<typeof ZForumQuery>) {
  const db = ctx.database.db;
  if (query.mine && !viewer) throw forbidden("Sign in to see the forums you organise");
  const offset = decodeCursor(query.cursor);
  const roles = viewer ? await repo.findMembershipRoles(db, viewer.id) : new Map<string, string>();
  const managed = [...roles].filter(([, role]) => role === "owner" || role === "admin").map(([organizationId]) => organizationId);
  const { rows, total } = await repo.listForums(db, {
    today: venueToday(),
    when: query.when,
    organizerIds: query.mine ? managed : null,
    // Administrators see every draft; organisers the drafts of their organisations.
    draftsOf: viewer?.platformRole === "admin" ? "all" : managed,
    offset,
    limit: query.limit,
  });
  const items = await describe(ctx, rows, async (row) => accessFrom(roles.get(row.organizerOrganizationId), viewer));
  return pageOf(items, offset, total);
}
