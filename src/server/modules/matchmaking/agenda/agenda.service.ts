import type { TLanguage } from "../../../../contracts/common";
import type { TAgenda, TMatchmakingSettings, TMeeting } from "../../../../contracts/matchmaking";
import { transliterateToLatin } from "../../../../engines/transliteration";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import type { Db } from "../../../platform/db";
import { forbidden, notFound, unauthenticated } from "../../../platform/errors";
import { formatDateRange, intlLocale, pickText } from "../../../platform/i18n";
import { type ForumRow, findForumRow } from "../../exhibitions";
import { requireParticipantActor } from "../access";
import * as meetingRepo from "../meetings/meeting.repository";
import { describeMeetings } from "../meetings/meeting.view";
import { findParticipant, listUnavailability } from "../participants/participant.repository";
import { describeParticipants } from "../participants/participant.views";
import { loadMatchmakingSettings } from "../settings/settings.service";
import { type CalendarEvent, writeAgendaCalendar } from "./agenda-ics";
import { agendaFeedUrl, isAgendaKey } from "./agenda-key";
import { type AgendaPrint, renderAgendaPdf } from "./agenda-pdf";
import { AGENDA_WORDS } from "./agenda-words";

type Ctx = Pick<AppContext, "database" | "config">;

type LoadedAgenda = {
  forum: ForumRow;
  settings: TMatchmakingSettings;
  organizationId: string;
  /** Published meetings in time order, cancelled ones included (calendars must learn of them). */
  scheduled: TMeeting[];
  unscheduled: TMeeting[];
  unavailable: Date[];
  /** Slot starts (ms) the participant's live meetings hold: published there, or agreed there. */
  held: Set<number>;
};

async function loadAgenda(db: Db, forum: ForumRow, organizationId: string): Promise<LoadedAgenda> {
  const settings = await loadMatchmakingSettings(db, forum);
  const [rows, unavailable] = await Promise.all([meetingRepo.listMeetings(db, forum.id, organizationId), listUnavailability(db, forum.id, organizationId)]);
  const meetings = await describeMeetings(db, forum.id, settings, rows);
  const held = new Set<number>();
  for (const row of rows) {
    const at = row.publishedAt ? row.startsAt : row.agreedStartsAt;
    if (row.attendance !== "cancelled" && at) held.add(at.getTime());
  }
  return {
    forum,
    settings,
    organizationId,
    scheduled: meetings.filter((m) => m.publishedAt !== null && m.startsAt !== null).sort((x, y) => Date.parse(x.startsAt!) - Date.parse(y.startsAt!)),
    unscheduled: meetings.filter((m) => (m.publishedAt === null || m.startsAt === null) && m.attendance !== "cancelled"),
    unavailable,
    held,
  };
}

/** A participant's meetings, what is still to be scheduled, and the slots free for booking on the spot. */
export async function getAgenda(ctx: Ctx, actor: SessionUser, forumId: string, organizationId: string): Promise<TAgenda> {
  const { forum } = await requireParticipantActor(ctx.database.db, actor, forumId, organizationId);
  const agenda = await loadAgenda(ctx.database.db, forum, organizationId);
  const unavailable = new Set(agenda.unavailable.map((at) => at.getTime()));
  return {
    forumId,
    organizationId,
    timeZone: forum.timeZone,
    meetings: agenda.scheduled,
    unscheduled: agenda.unscheduled,
    freeSlots: agenda.settings.slots.filter((slot) => !agenda.held.has(Date.parse(slot.startsAt)) && !unavailable.has(Date.parse(slot.startsAt))),
    unavailable: agenda.unavailable.map((at) => at.toISOString()),
    feedUrl: agendaFeedUrl(ctx, forumId, organizationId),
  };
}

/**
 * The calendar feed opens with the private key from the agenda (calendar apps carry no cookies)
 * or, like the agenda, for the organisation's members and the organisers.
 */
async function openFeed(ctx: Ctx, viewer: SessionUser | null, forumId: string, organizationId: string, key: string | undefined) {
  const db = ctx.database.db;
  if (key && isAgendaKey(ctx, forumId, organizationId, key)) {
    const forum = await findForumRow(db, forumId);
    if (forum?.status !== "published" || !(await findParticipant(db, forumId, organizationId))) throw notFound("Agenda");
    return forum;
  }
  if (!viewer) throw key ? forbidden("This calendar link is not valid; copy it again from the agenda") : unauthenticated();
  return (await requireParticipantActor(db, viewer, forumId, organizationId)).forum;
}

const counterpartOf = (meeting: TMeeting, organizationId: string) => (meeting.host.organizationId === organizationId ? meeting.guest : meeting.host);

export async function getAgendaCalendar(
  ctx: Ctx,
  viewer: SessionUser | null,
  forumId: string,
  organizationId: string,
  key: string | undefined,
  language: TLanguage,
) {
  const db = ctx.database.db;
  const forum = await openFeed(ctx, viewer, forumId, organizationId, key);
  const agenda = await loadAgenda(db, forum, organizationId);
  const words = AGENDA_WORDS[language];
  const own = (await describeParticipants(db, forumId, [organizationId])).get(organizationId);
  const forumName = pickText(forum.name, language);
  const events = agenda.scheduled.map((meeting): CalendarEvent => {
    const counterpart = pickText(counterpartOf(meeting, organizationId).name, language);
    const place = meeting.placeLabel ? pickText(meeting.placeLabel, language) : "";
    return {
      uid: `${meeting.id}@hamkori`,
      startsAt: new Date(meeting.startsAt!),
      endsAt: new Date(meeting.endsAt!),
      summary: words.meetingWith(counterpart),
      location: place,
      description: [
        forumName,
        `${words.counterpart}: ${counterpart}`,
        `${words.place}: ${place}`,
        meeting.videoUrl ? `${words.video}: ${meeting.videoUrl}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
      cancelled: meeting.attendance === "cancelled",
      url: meeting.videoUrl,
      lastModified: new Date(meeting.publishedAt!),
    };
  });
  const dayMs = 86_400_000;
  const times = events.flatMap((e) => [e.startsAt.getTime(), e.endsAt.getTime()]);
  return writeAgendaCalendar({
    name: `${forumName}: ${own ? pickText(own.name, language) : words.title}`,
    timeZone: forum.timeZone,
    covers: {
      start: new Date(Math.min(Date.parse(`${forum.startsOn}T00:00:00Z`) - dayMs, ...times)),
      end: new Date(Math.max(Date.parse(`${forum.endsOn}T00:00:00Z`) + 2 * dayMs, ...times)),
    },
    events,
    now: new Date(),
  });
}

const fileSlug = (text: string) =>
  transliterateToLatin(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

/** The agenda as an A4 PDF in the reader's language. */
export async function getAgendaPdf(ctx: Ctx, actor: SessionUser, forumId: string, organizationId: string, language: TLanguage) {
  const db = ctx.database.db;
  const { forum } = await requireParticipantActor(db, actor, forumId, organizationId);
  const agenda = await loadAgenda(db, forum, organizationId);
  const own = (await describeParticipants(db, forumId, [organizationId])).get(organizationId);
  const organizationName = own ? pickText(own.name, language) : organizationId;
  const placeOf = (meeting: TMeeting) => (meeting.placeLabel ? pickText(meeting.placeLabel, language) : "—");
  const print: AgendaPrint = {
    language,
    forumName: pickText(forum.name, language),
    forumDates: formatDateRange(forum.startsOn, forum.endsOn, intlLocale(language)),
    organizationName,
    timeZone: forum.timeZone,
    meetings: agenda.scheduled.map((meeting) => ({
      startsAt: new Date(meeting.startsAt!),
      endsAt: new Date(meeting.endsAt!),
      counterpart: pickText(counterpartOf(meeting, organizationId).name, language),
      place: placeOf(meeting),
      videoUrl: meeting.videoUrl,
      cancelled: meeting.attendance === "cancelled",
    })),
    unscheduled: agenda.unscheduled.map((meeting) => ({
      counterpart: pickText(counterpartOf(meeting, organizationId).name, language),
      place: placeOf(meeting),
    })),
  };
  return { bytes: await renderAgendaPdf(print), filename: `agenda-${fileSlug(organizationName) || "participant"}.pdf` };
}
