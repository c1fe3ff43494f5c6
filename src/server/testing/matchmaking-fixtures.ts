import { expect } from "vitest";
import { updateRequest } from "../modules/matchmaking/requests/request.repository";
import { addHall, setUpForum } from "./expo-fixtures";
import { createOrganization, invite, signUp, type TestApp } from "./test-app";

/**
 * Matchmaking set-ups shared by the module's integration tests. The forum is the expo fixture's
 * (Dushanbe, 9–11 July 2031, UTC+5); its meeting sessions give 12 half-hour slots:
 * 9 July 10:00–12:00 (slots 0–3) and 14:00–16:00 (4–7), 10 July 10:00–12:00 (8–11), venue time.
 */
export const MATCHMAKING_SESSIONS = [
  { date: "2031-07-09", start: "10:00", end: "12:00", label: { en: "Day 1 morning" } },
  { date: "2031-07-09", start: "14:00", end: "16:00", label: { en: "Day 1 afternoon" } },
  { date: "2031-07-10", start: "10:00", end: "12:00", label: { en: "Day 2 morning" } },
];

/** The start of slot `index` of MATCHMAKING_SESSIONS, as the API returns it (UTC, ISO). */
export function slotStart(index: number): string {
  const starts = [
    ...["05:00", "05:30", "06:00", "06:30"].map((c) => `2031-07-09T${c}`),
    ...["09:00", "09:30", "10:00", "10:30"].map((c) => `2031-07-09T${c}`),
    ...["05:00", "05:30", "06:00", "06:30"].map((c) => `2031-07-10T${c}`),
  ];
  const start = starts[index];
  if (!start) throw new Error(`no slot ${index}`);
  return `${start}:00.000Z`;
}

/** A complete settings body for PUT /forums/{id}/matchmaking; override any field. */
export function matchmakingSettingsInput(overrides: Record<string, unknown> = {}) {
  return {
    requestsOpen: true,
    requestExpiryHours: 72,
    slotMinutes: 30,
    sessions: MATCHMAKING_SESSIONS,
    tables: 20,
    meetingArea: { en: "Meeting area B" },
    boothMeetings: true,
    onlineMeetings: false,
    videoLinkTemplate: null,
    receiveCaps: {},
    mayRequest: {},
    crossBorderWeight: 0.5,
    ...overrides,
  };
}

export async function putMatchmakingSettings(t: TestApp, organiser: string, forumId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.app.inject({
    method: "PUT",
    url: `/api/v1/forums/${forumId}/matchmaking`,
    headers: { cookie: organiser },
    payload: matchmakingSettingsInput(overrides),
  });
  if (response.statusCode !== 200) throw new Error(`saving matchmaking settings failed: ${response.statusCode} ${response.body}`);
  return response.json() as { slots: { index: number; startsAt: string; endsAt: string }[] };
}

export type MatchmakingForum = {
  organiser: string;
  organizerId: string;
  forumId: string;
  /** Booths of the forum's one hall (A-01 …), for exhibitors. */
  booths: { id: string; number: string }[];
};

/** A published forum with a hall of `booths` booths and matchmaking settings (MATCHMAKING_SESSIONS unless overridden). */
export async function setUpMatchmaking(t: TestApp, options: { settings?: Record<string, unknown>; booths?: number; organiserEmail?: string } = {}) {
  const { organiser, organizerId, forumId } = await setUpForum(t, options.organiserEmail);
  const booths = (await addHall(t, organiser, forumId, options.booths ?? 6)).booths;
  await putMatchmakingSettings(t, organiser, forumId, options.settings);
  return { organiser, organizerId, forumId, booths } satisfies MatchmakingForum;
}

/** A company and the owner who signed it up. */
export type Company = { cookie: string; email: string; organizationId: string };

let companies = 0;

/** Signs a new owner up and creates their organisation (TJ unless told). */
export async function addCompany(
  t: TestApp,
  name: string,
  details: { country?: string; region?: string; sectors?: string[]; languages?: string[]; description?: Record<string, string>; email?: string } = {},
): Promise<Company> {
  companies++;
  const domain =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "company";
  const email = details.email ?? `owner-${companies}@${domain}.example`;
  const cookie = await signUp(t, email);
  const org = await createOrganization(t, cookie, {
    legalName: { en: name },
    country: details.country ?? "TJ",
    ...(details.region ? { region: details.region } : {}),
    sectors: details.sectors ?? [],
    languages: details.languages ?? [],
    description: details.description ?? {},
  });
  return { cookie, email, organizationId: org.id as string };
}

/** Signs `email` up and makes them a member of the company with `role`; returns their cookie. */
export async function addMember(t: TestApp, company: Company, email: string, role: "owner" | "admin" | "member" = "member") {
  const cookie = await signUp(t, email);
  const invitation = await invite(t, company.cookie, company.organizationId, email, role);
  const accepted = await t.app.inject({ method: "POST", url: `/api/v1/invitations/${invitation.id}/accept`, headers: { cookie } });
  if (accepted.statusCode !== 200) throw new Error(`accepting the invitation failed: ${accepted.statusCode} ${accepted.body}`);
  return cookie;
}

/** The company joins the forum's matchmaking itself (buyer, investor or trade visitor). */
export async function joinMatchmaking(t: TestApp, forumId: string, company: Company, category: "buyer" | "investor" | "trade_visitor" = "buyer") {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forumId}/participants`,
    headers: { cookie: company.cookie },
    payload: { organizationId: company.organizationId, category },
  });
  if (response.statusCode !== 201) throw new Error(`joining matchmaking failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

const pavilions = new Map<string, string>();

/** A pavilion of the forum for exhibitors without a particular booth (created once per forum). */
async function pavilionOf(t: TestApp, forum: MatchmakingForum) {
  const known = pavilions.get(forum.forumId);
  if (known) return known;
  const created = await t.app.inject({
    method: "POST",
    url: `/api/v1/forums/${forum.forumId}/pavilions`,
    headers: { cookie: forum.organiser },
    payload: { name: { en: "General" }, kind: "thematic", color: "#0c8599" },
  });
  if (created.statusCode !== 201) throw new Error(`creating the pavilion failed: ${created.statusCode} ${created.body}`);
  pavilions.set(forum.forumId, created.json().id);
  return created.json().id as string;
}

/** The company applies to exhibit (at `boothId`, else in a pavilion without a booth) and the organiser approves. */
export async function approveExhibitor(t: TestApp, forum: MatchmakingForum, company: Company, boothId?: string) {
  const payload = boothId
    ? { organizationId: company.organizationId, kind: "booth", boothId }
    : { organizationId: company.organizationId, kind: "pavilion_place", pavilionId: await pavilionOf(t, forum) };
  const applied = await t.app.inject({ method: "POST", url: `/api/v1/forums/${forum.forumId}/applications`, headers: { cookie: company.cookie }, payload });
  if (applied.statusCode !== 201) throw new Error(`applying failed: ${applied.statusCode} ${applied.body}`);
  const decided = await t.app.inject({
    method: "POST",
    url: `/api/v1/applications/${applied.json().id}/decision`,
    headers: { cookie: forum.organiser },
    payload: { status: "approved", message: "" },
  });
  if (decided.statusCode !== 200) throw new Error(`approving failed: ${decided.statusCode} ${decided.body}`);
  return applied.json().id as string;
}

/**
 * A new company taking part in the forum's matchmaking as `category`: exhibitors are approved
 * (on `boothId` when given), officials are added by the organiser, the rest join themselves.
 */
export async function addParticipant(
  t: TestApp,
  forum: MatchmakingForum,
  name: string,
  category: "exhibitor" | "buyer" | "investor" | "trade_visitor" | "official" = "buyer",
  details: Parameters<typeof addCompany>[2] & { boothId?: string } = {},
): Promise<Company> {
  const company = await addCompany(t, name, details);
  if (category === "exhibitor") {
    await approveExhibitor(t, forum, company, details.boothId);
    // Exhibitors join through their application; listing participants syncs them in.
    await t.app.inject({ url: `/api/v1/forums/${forum.forumId}/participants?limit=1`, headers: { cookie: forum.organiser } });
  } else if (category === "official") {
    const added = await t.app.inject({
      method: "POST",
      url: `/api/v1/forums/${forum.forumId}/participants`,
      headers: { cookie: forum.organiser },
      payload: { organizationId: company.organizationId, category },
    });
    if (added.statusCode !== 201) throw new Error(`adding the official failed: ${added.statusCode} ${added.body}`);
  } else {
    await joinMatchmaking(t, forum.forumId, company, category);
  }
  return company;
}

/** `from` asks `to` for a meeting; returns the created request (status 201 is asserted). */
export async function requestMeeting(
  t: TestApp,
  forumId: string,
  from: Company,
  to: Company,
  extra: { message?: string; preferredStartsAt?: string | null } = {},
) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/meeting-requests",
    headers: { cookie: from.cookie },
    payload: {
      forumId,
      fromOrganizationId: from.organizationId,
      toOrganizationId: to.organizationId,
      message: extra.message ?? "We would like to meet",
      preferredStartsAt: extra.preferredStartsAt ?? null,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; mutual: boolean; expiresAt: string };
}

/** `who` (a member of the recipient) accepts; returns the updated request with its meetingId. */
export async function acceptRequest(t: TestApp, who: Company, requestId: string, body: Record<string, unknown> = {}) {
  const response = await t.app.inject({ method: "POST", url: `/api/v1/meeting-requests/${requestId}/accept`, headers: { cookie: who.cookie }, payload: body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { id: string; status: string; meetingId: string | null };
}

/** Two companies with an accepted meeting between them: `guest` asked, `host` accepted. */
export async function meetingBetween(t: TestApp, forumId: string, requester: Company, recipient: Company) {
  const request = await requestMeeting(t, forumId, requester, recipient);
  const accepted = await acceptRequest(t, recipient, request.id);
  return { requestId: request.id, meetingId: accepted.meetingId as string };
}

/** Moves a request's expiry into the past, as if its recipient had let it lie (it expires at the next sweep). */
export async function letRequestLapse(t: TestApp, requestId: string) {
  await updateRequest(t.ctx.database.db, requestId, { expiresAt: new Date(Date.now() - 60_000) });
}

/** The e-mails sent to `address`, oldest first. */
export async function mailsTo(t: TestApp, address: string) {
  const mails = await t.ctx.database.db.query.outbox.findMany({ where: (m, { eq }) => eq(m.to, address), orderBy: (m, { asc }) => [asc(m.createdAt)] });
  return mails.map((m) => ({ subject: m.subject, text: m.text }));
}
