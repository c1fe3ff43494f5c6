import { MATCHMAKING_DEFAULTS, type TMatchmakingSettings, type TMatchmakingSettingsInput, type TParticipantCategory } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import type { Db } from "../../../platform/db";
import { type FieldError, validationFailed } from "../../../platform/errors";
import { type ForumRow, loadVisibleForum, requireForumManager } from "../../exhibitions";
import { meetingSlotsOf } from "../meeting-slots";
import * as repo from "./settings.repository";

type Ctx = Pick<AppContext, "database">;
type Forum = Pick<ForumRow, "id" | "timeZone">;

function settingsOf(row: repo.SettingsRow | undefined): TMatchmakingSettingsInput {
  if (!row) return MATCHMAKING_DEFAULTS;
  return {
    requestsOpen: row.requestsOpen,
    requestExpiryHours: row.requestExpiryHours,
    slotMinutes: row.slotMinutes,
    sessions: row.sessions,
    tables: row.tables,
    meetingArea: row.meetingArea,
    boothMeetings: row.boothMeetings,
    onlineMeetings: row.onlineMeetings,
    videoLinkTemplate: row.videoLinkTemplate,
    receiveCaps: row.receiveCaps as Partial<Record<TParticipantCategory, number>>,
    mayRequest: row.mayRequest as Partial<Record<TParticipantCategory, TParticipantCategory[]>>,
    crossBorderWeight: row.crossBorderWeight,
  };
}

/** The forum's settings (defaults when none are saved) with the slots its sessions give, in time order. */
export async function loadMatchmakingSettings(db: Db, forum: Forum): Promise<TMatchmakingSettings> {
  const settings = settingsOf(await repo.findSettings(db, forum.id));
  return { forumId: forum.id, ...settings, slots: meetingSlotsOf(settings.sessions, settings.slotMinutes, forum.timeZone) };
}

export async function getMatchmakingSettings(ctx: Ctx, viewer: SessionUser | null, forumId: string) {
  const { forum } = await loadVisibleForum(ctx.database.db, forumId, viewer);
  return loadMatchmakingSettings(ctx.database.db, forum);
}

/** Sessions lie on the forum's days and do not overlap one another (either would double-book slots). */
function sessionErrors(forum: Pick<ForumRow, "startsOn" | "endsOn">, sessions: TMatchmakingSettingsInput["sessions"]): FieldError[] {
  const errors: FieldError[] = [];
  sessions.forEach((session, i) => {
    if (session.date < forum.startsOn || session.date > forum.endsOn) {
      errors.push({ field: `sessions.${i}.date`, message: `Meeting sessions must fall within the forum's dates (${forum.startsOn} to ${forum.endsOn})` });
      return;
    }
    const clash = sessions.findIndex((other, j) => j < i && other.date === session.date && other.start < session.end && session.start < other.end);
    if (clash >= 0) errors.push({ field: `sessions.${i}.start`, message: `This session overlaps session ${clash + 1} on ${session.date}` });
  });
  return errors;
}

export async function saveMatchmakingSettings(ctx: Ctx, actor: SessionUser, forumId: string, input: TMatchmakingSettingsInput) {
  const db = ctx.database.db;
  const forum = await requireForumManager(db, forumId, actor);
  const errors = sessionErrors(forum, input.sessions);
  if (errors.length > 0) throw validationFailed(errors);
  await repo.saveSettings(db, forumId, input);
  return loadMatchmakingSettings(db, forum);
}
