import { z } from "zod";
import { zLocalizedText, zText } from "../common";
import { ZDate } from "../exhibitions/shared";

/** Who takes part in a forum's matchmaking, as what. Exhibitors join through their approved application. */
export const PARTICIPANT_CATEGORIES = ["exhibitor", "buyer", "investor", "trade_visitor", "official"] as const;
export const ZParticipantCategory = z.enum(PARTICIPANT_CATEGORIES);
export type TParticipantCategory = z.infer<typeof ZParticipantCategory>;
/** Categories an organisation may pick when it joins; exhibitor comes from an approved application, official from the organiser. */
export const SELF_PARTICIPANT_CATEGORIES = ["buyer", "investor", "trade_visitor"] as const;

export const MEETING_PLACES = ["table", "booth", "online"] as const;
export const ZMeetingPlace = z.enum(MEETING_PLACES);
export type TMeetingPlace = z.infer<typeof ZMeetingPlace>;

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time such as 09:30");

/** A block of meeting slots on one day, in venue time: a morning or an afternoon. */
export const ZMeetingSession = z
  .object({ date: ZDate, start: ZClock, end: ZClock, label: zLocalizedText(60).default({}) })
  .strict()
  .refine((s) => s.start < s.end, { message: "A session must end after it starts", path: ["end"] });

const ZCap = z.number().int().min(0).max(500);
const settingsFields = {
  requestsOpen: z.boolean(),
  /** Unanswered requests expire after this many hours so they stop blocking slots. */
  requestExpiryHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  slotMinutes: z.number().int().min(5).max(240),
  sessions: z.array(ZMeetingSession).max(40),
  /** Numbered tables in the meeting area. */
  tables: z.number().int().min(0).max(2000),
  meetingArea: zLocalizedText(120),
  boothMeetings: z.boolean(),
  onlineMeetings: z.boolean(),
  /** Video link for online meetings; {meeting} is replaced by the meeting's id. */
  videoLinkTemplate: zText(300).url("Use a full link such as https://meet.example.org/{meeting}").nullable(),
  /** The most requests a participant of each category may receive (pending or accepted); absent = no cap. */
  receiveCaps: z.partialRecord(ZParticipantCategory, ZCap),
  /** Which categories may request meetings with which; absent category = may request anyone. */
  mayRequest: z.partialRecord(ZParticipantCategory, z.array(ZParticipantCategory)),
  /** 0–1: how much recommendations favour counterparts from another country. */
  crossBorderWeight: z.number().min(0).max(1),
};
export const ZMatchmakingSettingsInput = z
  .object(settingsFields)
  .strict()
  .refine((s) => !s.onlineMeetings || s.videoLinkTemplate !== null, { message: "Online meetings need a video link", path: ["videoLinkTemplate"] });
export type TMatchmakingSettingsInput = z.infer<typeof ZMatchmakingSettingsInput>;

/** A bookable time slot, numbered in time order across sessions. */
export const ZMeetingSlot = z.object({ index: z.number().int(), session: z.number().int(), startsAt: z.string(), endsAt: z.string() });
export type TMeetingSlot = z.infer<typeof ZMeetingSlot>;

export const ZMatchmakingSettings = z.object({ forumId: z.string(), ...settingsFields, slots: z.array(ZMeetingSlot) });
export type TMatchmakingSettings = z.infer<typeof ZMatchmakingSettings>;

/** What a forum's matchmaking looks like before its organisers have saved anything (server and forms alike). */
export const MATCHMAKING_DEFAULTS: TMatchmakingSettingsInput = {
  requestsOpen: true,
  requestExpiryHours: 72,
  slotMinutes: 30,
  sessions: [],
  tables: 20,
  meetingArea: {},
  boothMeetings: true,
  onlineMeetings: false,
  videoLinkTemplate: null,
  receiveCaps: {},
  mayRequest: {},
  crossBorderWeight: 0.5,
};
