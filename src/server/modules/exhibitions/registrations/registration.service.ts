import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { ZPageQuery } from "../../../../contracts/common";
import type { TRegistration, ZOrganizerRegistrationInput, ZRegistrationInput, ZRegistrationPatch, ZRegistrationQuery } from "../../../../contracts/exhibitions";
import { newBadgeCode, normalizeBadgeCode } from "../../../../engines/badge-token";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { AppError, invalid, notFound, violatedUniqueIndex } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { loadVisibleForum, requireForumManager } from "../access";
import { type Logger, mailBadgeQuietly } from "./badge-mail.service";
import * as repo from "./registration.repository";
import { toRegistration } from "./registration.view";

type Ctx = Pick<AppContext, "database" | "config" | "reference" | "mailer">;
type Person = z.output<typeof ZOrganizerRegistrationInput>;
export type NewRegistration = Omit<repo.RegistrationInsert, "id" | "badgeCode" | "accessKey">;
type Insert = (row: repo.RegistrationInsert) => Promise<repo.RegistrationRow>;

// 50-bit codes collide about once in a million registrations of a 100,000-visitor forum.
const CODE_ATTEMPTS = 5;

export const newAccessKey = () => randomBytes(32).toString("base64url");

export const alreadyRegistered = () => invalid("email", "This e-mail address is already registered for this forum", "already_registered", 409);

export function checkCountry(ctx: Pick<AppContext, "reference">, country: string) {
  if (!ctx.reference.jurisdictions.isCountry(country)) throw invalid("country", `${country} is not an ISO 3166-1 country code`);
}

/**
 * Inserts with a fresh badge code, trying again on the rare code collision. The database's
 * unique index decides "already registered": checking first would race with a second click.
 */
export async function insertWithBadgeCode(ctx: Ctx, values: NewRegistration, insert: Insert = (row) => repo.insertRegistration(ctx.database.db, row)) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await insert({ ...values, id: newId(), badgeCode: newBadgeCode(), accessKey: newAccessKey() });
    } catch (error) {
      const index = violatedUniqueIndex(error);
      if (index === "registration_forum_email_uq") throw alreadyRegistered();
      if (index === "registration_forum_code_uq" && attempt < CODE_ATTEMPTS) continue;
      throw error;
    }
  }
}

const personColumns = (person: Person) => ({
  fullName: person.fullName,
  email: person.email,
  organizationName: person.organizationName ?? null,
  jobTitle: person.jobTitle ?? null,
  country: person.country,
  language: person.language,
  category: person.category,
});

/** Anyone may register for a published forum while registration is open; signed in, it is linked to them. */
export async function registerSelf(
  ctx: Ctx,
  viewer: SessionUser | null,
  forumId: string,
  input: z.output<typeof ZRegistrationInput>,
  log: Logger,
): Promise<TRegistration> {
  const { forum } = await loadVisibleForum(ctx.database.db, forumId, viewer);
  if (!forum.registrationOpen) throw new AppError("registration_closed", 409, "Registration for this forum is closed");
  checkCountry(ctx, input.country);
  const row = await insertWithBadgeCode(ctx, { forumId, userId: viewer?.id ?? null, source: "self", ...personColumns(input) });
  await mailBadgeQuietly(ctx, row, forum, log);
  return toRegistration(ctx, row, forum.name);
}

/** Organisers register anyone, in any category, also after registration has closed. */
export async function registerByOrganiser(ctx: Ctx, actor: SessionUser, forumId: string, input: Person, log: Logger): Promise<TRegistration> {
  const forum = await requireForumManager(ctx.database.db, forumId, actor);
  checkCountry(ctx, input.country);
  const row = await insertWithBadgeCode(ctx, { forumId, userId: null, source: "organiser", ...personColumns(input) });
  await mailBadgeQuietly(ctx, row, forum, log);
  return toRegistration(ctx, row, forum.name);
}

export async function listRegistrations(ctx: Ctx, actor: SessionUser, forumId: string, query: z.output<typeof ZRegistrationQuery>) {
  const forum = await requireForumManager(ctx.database.db, forumId, actor);
  const offset = decodeCursor(query.cursor);
  const { rows, total } = await repo.listForumRegistrations(ctx.database.db, {
    forumId,
    q: query.q,
    code: query.q ? normalizeBadgeCode(query.q) : null,
    category: query.category,
    checkedIn: query.checkedIn === undefined ? undefined : query.checkedIn === "yes",
    offset,
    limit: query.limit,
  });
  return pageOf(
    rows.map((row) => toRegistration(ctx, row, forum.name)),
    offset,
    total,
  );
}

/** Organisers change the category or cancel (and restore) a registration; the badge follows. */
export async function updateRegistration(ctx: Ctx, actor: SessionUser, id: string, patch: z.output<typeof ZRegistrationPatch>): Promise<TRegistration> {
  const db = ctx.database.db;
  const found = await repo.findRegistration(db, id);
  if (!found) throw notFound("Registration");
  await requireForumManager(db, found.forum.id, actor);
  const current = found.registration;
  const cancelledAt = patch.cancelled === undefined ? undefined : patch.cancelled ? (current.cancelledAt ?? new Date()) : null;
  const values = { ...(patch.category && { category: patch.category }), ...(cancelledAt !== undefined && { cancelledAt }) };
  const row = Object.keys(values).length ? await repo.updateRegistration(db, id, values) : current;
  return toRegistration(ctx, row, found.forum.name);
}

/** The signed-in person's badges: registered by them, or by anyone for the address they proved is theirs. */
export async function listMyRegistrations(ctx: Ctx, actor: SessionUser, query: z.output<typeof ZPageQuery>) {
  const offset = decodeCursor(query.cursor);
  const who = { userId: actor.id, verifiedEmail: actor.emailVerified ? actor.email.toLowerCase() : null };
  const { rows, total } = await repo.listPersonRegistrations(ctx.database.db, who, offset, query.limit);
  return pageOf(
    rows.map((r) => toRegistration(ctx, r.registration, r.forum.name)),
    offset,
    total,
  );
}
