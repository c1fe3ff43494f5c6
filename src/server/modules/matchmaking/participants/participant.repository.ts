import { and, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db";
import { meetingParticipant } from "../schema";

export type ParticipantRow = typeof meetingParticipant.$inferSelect;

export async function findParticipant(db: Db, forumId: string, organizationId: string): Promise<ParticipantRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingParticipant)
    .where(and(eq(meetingParticipant.forumId, forumId), eq(meetingParticipant.organizationId, organizationId)));
  return row;
}
