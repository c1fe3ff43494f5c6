import type { TLanguage } from "../../../../../contracts/common";
import {
  MATCHMAKING_DEFAULTS,
  PARTICIPANT_CATEGORIES,
  type TMatchmakingSettings,
  type TMatchmakingSettingsInput,
  type TParticipantCategory,
} from "../../../../../contracts/matchmaking";
import { compactLocalized, fullLocalized } from "../../../../ui/localized";
import type { FieldRename } from "../../../../ui/useFormSubmit";
import { clockMinutes, overlappingSessions } from "./slot-preview";

type Texts = Record<TLanguage, string>;
type Category = TParticipantCategory;
/** Number inputs hold "" while empty. */
type NumberValue = number | string;

export type SessionValues = { date: string; start: string; end: string; label: Texts };

export type SettingsFormValues = {
  requestsOpen: boolean;
  requestExpiryHours: NumberValue;
  slotMinutes: NumberValue;
  sessions: SessionValues[];
  tables: NumberValue;
  meetingArea: Texts;
  boothMeetings: boolean;
  onlineMeetings: boolean;
  videoLinkTemplate: string;
  /** "" is no cap. */
  receiveCaps: Record<Category, NumberValue>;
  /** Each category's allowed counterparts; all five means "anyone". */
  mayRequest: Record<Category, Category[]>;
  crossBorderWeight: number;
};

export const MAX_SESSIONS = 40;
export const CATEGORIES = PARTICIPANT_CATEGORIES;

const byCategory = <T>(value: (category: Category) => T) => Object.fromEntries(CATEGORIES.map((c) => [c, value(c)])) as Record<Category, T>;

const session = (date: string, start: string, end: string): SessionValues => ({ date, start, end, label: fullLocalized(null) });

/** The next day of a venue date ("2025-07-09" → "2025-07-10"). */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The session an organiser most likely adds next: the afternoon after a morning, else the next
 * forum day's morning, else (the last day is full) the last day again to be edited.
 */
export function nextSession(sessions: readonly SessionValues[], forum: { startsOn: string; endsOn: string }): SessionValues {
  const last = sessions[sessions.length - 1];
  if (!last || !/^\d{4}-\d{2}-\d{2}$/.test(last.date)) return session(forum.startsOn, "09:00", "12:00");
  const lastEnd = clockMinutes(last.end);
  if (lastEnd !== null && lastEnd <= 13 * 60) return session(last.date, "14:00", "17:00");
  const next = dayAfter(last.date);
  return next <= forum.endsOn ? session(next, "09:00", "12:00") : session(last.date, "09:00", "12:00");
}

export function toSettingsFormValues(settings: TMatchmakingSettings | null): SettingsFormValues {
  const s = settings ?? MATCHMAKING_DEFAULTS;
  return {
    requestsOpen: s.requestsOpen,
    requestExpiryHours: s.requestExpiryHours,
    slotMinutes: s.slotMinutes,
    sessions: s.sessions.map((session) => ({ date: session.date, start: session.start, end: session.end, label: fullLocalized(session.label) })),
    tables: s.tables,
    meetingArea: fullLocalized(s.meetingArea),
    boothMeetings: s.boothMeetings,
    onlineMeetings: s.onlineMeetings,
    videoLinkTemplate: s.videoLinkTemplate ?? "",
    receiveCaps: byCategory((c) => s.receiveCaps[c] ?? ""),
    mayRequest: byCategory((c) => [...(s.mayRequest[c] ?? CATEGORIES)]),
    crossBorderWeight: s.crossBorderWeight,
  };
}

export function toSettingsInput(values: SettingsFormValues): TMatchmakingSettingsInput {
  const receiveCaps: TMatchmakingSettingsInput["receiveCaps"] = {};
  const mayRequest: TMatchmakingSettingsInput["mayRequest"] = {};
  for (const category of CATEGORIES) {
    const cap = values.receiveCaps[category];
    if (cap !== "") receiveCaps[category] = Number(cap);
    const allowed = values.mayRequest[category];
    // A category that may ask anyone is left out, as the contract reads an absent category.
    if (!CATEGORIES.every((c) => allowed.includes(c))) mayRequest[category] = CATEGORIES.filter((c) => allowed.includes(c));
  }
  const template = values.videoLinkTemplate.trim();
  return {
    requestsOpen: values.requestsOpen,
    requestExpiryHours: Number(values.requestExpiryHours),
    slotMinutes: Number(values.slotMinutes),
    sessions: values.sessions.map((session) => ({ date: session.date, start: session.start, end: session.end, label: compactLocalized(session.label) })),
    tables: Number(values.tables),
    meetingArea: compactLocalized(values.meetingArea),
    boothMeetings: values.boothMeetings,
    onlineMeetings: values.onlineMeetings,
    videoLinkTemplate: template || null,
    receiveCaps,
    mayRequest,
    crossBorderWeight: values.crossBorderWeight,
  };
}

const wholeNumberIn = (value: NumberValue, min: number, max: number) => typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

type Forum = { startsOn: string; endsOn: string };
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The checks the server makes, said beside the field before anything is sent. */
export function validateSettings(values: SettingsFormValues, forum: Forum, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const range = (min: number, max: number) => t("matchmakingAdmin.settings.range", { min, max });
  if (!wholeNumberIn(values.requestExpiryHours, 1, 24 * 60)) errors.requestExpiryHours = range(1, 24 * 60);
  if (!wholeNumberIn(values.slotMinutes, 5, 240)) errors.slotMinutes = range(5, 240);
  if (!wholeNumberIn(values.tables, 0, 2000)) errors.tables = range(0, 2000);
  for (const category of CATEGORIES) {
    const cap = values.receiveCaps[category];
    if (cap !== "" && !wholeNumberIn(cap, 0, 500)) errors[`receiveCaps.${category}`] = range(0, 500);
  }
  values.sessions.forEach((session, index) => {
    const path = `sessions.${index}`;
    if (!session.date) errors[`${path}.date`] = t("validation.required");
    else if (session.date < forum.startsOn || session.date > forum.endsOn) errors[`${path}.date`] = t("matchmakingAdmin.settings.dateOutside");
    const start = clockMinutes(session.start);
    const end = clockMinutes(session.end);
    if (start === null) errors[`${path}.start`] = t("matchmakingAdmin.settings.clock");
    if (end === null) errors[`${path}.end`] = t("matchmakingAdmin.settings.clock");
    else if (start !== null && end <= start) errors[`${path}.end`] = t("matchmakingAdmin.settings.endAfterStart");
  });
  for (const index of overlappingSessions(values.sessions)) {
    errors[`sessions.${index}.start`] ??= t("matchmakingAdmin.settings.overlap");
  }
  const template = values.videoLinkTemplate.trim();
  if (template && !/^https?:\/\/\S+$/i.test(template)) errors.videoLinkTemplate = t("validation.url");
  else if (values.onlineMeetings && !template) errors.videoLinkTemplate = t("matchmakingAdmin.settings.videoLinkRequired");
  return errors;
}

/**
 * The server names a category's whole list ("mayRequest.buyer.2" → "mayRequest.buyer") and a
 * session's label language as the form does; everything else already matches the form's paths.
 */
export const renameSettingsField: FieldRename = (field) => {
  const allowed = /^mayRequest\.(\w+)\.\d+$/.exec(field);
  if (allowed) return `mayRequest.${allowed[1]}`;
  // A whole session refused (overlapping another) is said at its start time.
  if (/^sessions\.\d+$/.test(field)) return `${field}.start`;
  return field;
};
