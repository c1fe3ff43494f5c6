import type { TParticipant, TParticipantCategory } from "../../../../contracts/matchmaking";
import type { Db } from "../../../platform/db";
import { findParticipantDetails, type ParticipantDetails } from "./participant.repository";

export function toParticipant(row: ParticipantDetails): TParticipant {
  return {
    organizationId: row.organizationId,
    name: row.name,
    country: row.country,
    region: row.region,
    sectors: row.sectors,
    languages: row.languages,
    category: row.category as TParticipantCategory,
    booth: row.boothId && row.boothNumber ? { id: row.boothId, number: row.boothNumber, hallName: row.hallName ?? {} } : null,
    profileCount: row.profileCount,
    joinedAt: row.joinedAt.toISOString(),
  };
}

/** The participant cards of these organisations in the forum, by organisation id (those not taking part are absent). */
export async function describeParticipants(db: Db, forumId: string, organizationIds: string[]): Promise<Map<string, TParticipant>> {
  const rows = await findParticipantDetails(db, forumId, [...new Set(organizationIds)]);
  return new Map(rows.map((row) => [row.organizationId, toParticipant(row)]));
}
