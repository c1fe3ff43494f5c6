import { and, count, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { cooperationProfile, meeting, meetingOutcome, meetingParticipant, meetingRequest } from "../schema";

const counted = (filter: SQL) => sql<number>`count(*) filter (where ${filter})`.mapWith(Number);

export async function countParticipants(db: Db, forumId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(meetingParticipant).where(eq(meetingParticipant.forumId, forumId));
  return row.total;
}

/** Cooperation profiles of the forum's participants (a company's profiles serve every forum it joins). */
export async function countParticipantProfiles(db: Db, forumId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(cooperationProfile)
    .innerJoin(meetingParticipant, and(eq(meetingParticipant.organizationId, cooperationProfile.organizationId), eq(meetingParticipant.forumId, forumId)));
  return row.total;
}

// A pending request past its expiry counts as expired whether or not anything has marked it yet.
const expired = sql`${meetingRequest.status} = 'pending' and ${meetingRequest.expiresAt} <= now()`;

export async function countRequestsByStatus(db: Db, forumId: string) {
  const [row] = await db
    .select({
      total: count(),
      pending: counted(sql`${meetingRequest.status} = 'pending' and ${meetingRequest.expiresAt} > now()`),
      accepted: counted(sql`${meetingRequest.status} = 'accepted'`),
      declined: counted(sql`${meetingRequest.status} = 'declined'`),
      cancelled: counted(sql`${meetingRequest.status} = 'cancelled'`),
      expired: counted(sql`${meetingRequest.status} = 'expired' or (${expired})`),
    })
    .from(meetingRequest)
    .where(eq(meetingRequest.forumId, forumId));
  return row;
}

export async function countMeetings(db: Db, forumId: string) {
  const [row] = await db
    .select({
      total: count(),
      scheduled: counted(sql`${meeting.startsAt} is not null and ${meeting.publishedAt} is not null and ${meeting.attendance} <> 'cancelled'`),
      held: counted(sql`${meeting.attendance} = 'held'`),
      cancelled: counted(sql`${meeting.attendance} = 'cancelled'`),
      noShow: counted(sql`${meeting.attendance} = 'no_show'`),
    })
    .from(meeting)
    .where(eq(meeting.forumId, forumId));
  return row;
}

export async function countOutcomes(db: Db, forumId: string) {
  const [row] = await db
    .select({
      noInterest: counted(sql`${meetingOutcome.outcome} = 'no_interest'`),
      followUp: counted(sql`${meetingOutcome.outcome} = 'follow_up'`),
      dealExpected: counted(sql`${meetingOutcome.outcome} = 'deal_expected'`),
    })
    .from(meetingOutcome)
    .innerJoin(meeting, eq(meeting.id, meetingOutcome.meetingId))
    .where(eq(meeting.forumId, forumId));
  return row;
}

/**
 * Expected deal value by currency. Both sides of a meeting may record the same deal, so each
 * meeting counts once per currency, at the larger figure.
 */
export async function sumExpectedValue(db: Db, forumId: string) {
  const perMeeting = db
    .select({ currency: sql<string>`${meetingOutcome.currency}`.as("currency"), value: sql<number>`max(${meetingOutcome.value})`.as("value") })
    .from(meetingOutcome)
    .innerJoin(meeting, eq(meeting.id, meetingOutcome.meetingId))
    .where(
      and(
        eq(meeting.forumId, forumId),
        eq(meetingOutcome.outcome, "deal_expected"),
        sql`${meetingOutcome.value} is not null`,
        sql`${meetingOutcome.currency} is not null`,
      ),
    )
    .groupBy(meetingOutcome.meetingId, meetingOutcome.currency)
    .as("per_meeting");
  return db
    .select({ currency: perMeeting.currency, value: sql<number>`sum(${perMeeting.value})`.mapWith(Number) })
    .from(perMeeting)
    .groupBy(perMeeting.currency)
    .orderBy(perMeeting.currency);
}

/** Requests sent per venue-local day (grouped by position: the zone is a parameter, so the expression cannot be repeated). */
export async function countRequestsByDay(db: Db, forumId: string, timeZone: string) {
  const day = sql<string>`to_char(${meetingRequest.createdAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  return db.select({ date: day, requests: count() }).from(meetingRequest).where(eq(meetingRequest.forumId, forumId)).groupBy(sql`1`).orderBy(sql`1`);
}
