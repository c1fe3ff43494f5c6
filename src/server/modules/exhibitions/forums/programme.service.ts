import type { z } from "zod";
import type { TProgrammeSession, ZSessionInput, ZSessionPatch } from "../../../../contracts/exhibitions";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import type { Db } from "../../../platform/db";
import { type FieldError, notFound, validationFailed } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { loadVisibleForum, requireForumManager } from "../access";
import { venueDateOf } from "../venue-time";
import * as repo from "./forum.repository";

type Ctx = Pick<AppContext, "database">;

const toSession = (row: repo.SessionRow): TProgrammeSession => ({
  id: row.id,
  forumId: row.forumId,
  title: row.title,
  description: row.description,
  room: row.room,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  speakers: row.speakers,
  language: row.language,
});

export async function getProgramme(ctx: Ctx, viewer: SessionUser | null, forumId: string) {
  await loadVisibleForum(ctx.database.db, forumId, viewer);
  return { items: (await repo.listSessions(ctx.database.db, forumId)).map(toSession) };
}

/** A session happens during the forum, ends after it starts, and has its room to itself. */
async function checkSession(db: Db, forum: repo.ForumRow, values: { room: string; startsAt: Date; endsAt: Date }, exceptId?: string) {
  const errors: FieldError[] = [];
  if (values.endsAt <= values.startsAt) errors.push({ field: "endsAt", message: "A session must end after it starts" });
  const day = venueDateOf(values.startsAt, forum.timeZone);
  if (day < forum.startsOn || day > forum.endsOn) {
    errors.push({ field: "startsAt", message: `The session must take place during the forum (${forum.startsOn} to ${forum.endsOn}, ${forum.timeZone})` });
  }
  if (errors.length) throw validationFailed(errors);
  const clash = await repo.findRoomClash(db, forum.id, values.room, values.startsAt, values.endsAt, exceptId);
  if (clash) {
    const title = Object.values(clash.title)[0] ?? "another session";
    throw validationFailed([{ field: "room", message: `${values.room} is taken at that time by «${title}»` }], "room_taken", 409);
  }
}

/**
 * Checks and writes in one transaction holding the forum's lock: checked apart, two organisers
 * booking one room for the same hour at once both found it free and both were saved.
 */
async function underForumLock<T>(ctx: Ctx, forumId: string, work: (tx: Db) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    await repo.lockForum(tx, forumId);
    return work(tx);
  });
}

export async function addSession(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZSessionInput>) {
  const forum = await requireForumManager(ctx.database.db, forumId, actor);
  const values = { ...input, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
  return underForumLock(ctx, forumId, async (tx) => {
    await checkSession(tx, forum, values);
    return toSession(await repo.insertSession(tx, { id: newId(), forumId, ...values }));
  });
}

async function loadSession(ctx: Ctx, actor: SessionUser, sessionId: string) {
  const session = await repo.findSession(ctx.database.db, sessionId);
  if (!session) throw notFound("Session");
  const forum = await requireForumManager(ctx.database.db, session.forumId, actor);
  return { session, forum };
}

export async function updateSession(ctx: Ctx, actor: SessionUser, sessionId: string, patch: z.output<typeof ZSessionPatch>) {
  const { session, forum } = await loadSession(ctx, actor, sessionId);
  const values = {
    ...patch,
    startsAt: patch.startsAt ? new Date(patch.startsAt) : session.startsAt,
    endsAt: patch.endsAt ? new Date(patch.endsAt) : session.endsAt,
  };
  return underForumLock(ctx, forum.id, async (tx) => {
    await checkSession(tx, forum, { room: values.room ?? session.room, startsAt: values.startsAt, endsAt: values.endsAt }, session.id);
    return toSession(await repo.updateSession(tx, session.id, values));
  });
}

export async function deleteSession(ctx: Ctx, actor: SessionUser, sessionId: string) {
  const { session } = await loadSession(ctx, actor, sessionId);
  await repo.deleteSession(ctx.database.db, session.id);
}
