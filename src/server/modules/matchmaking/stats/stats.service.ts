import type { TMatchmakingStats } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { requireForumManager } from "../../exhibitions";
import * as repo from "./stats.repository";

type Ctx = Pick<AppContext, "database">;

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The organisers' matchmaking dashboard, counted by the database. */
export async function getMatchmakingStats(ctx: Ctx, actor: SessionUser | null, forumId: string): Promise<TMatchmakingStats> {
  const db = ctx.database.db;
  const forum = await requireForumManager(db, forumId, actor);
  const [participants, profiles, requests, meetings, outcomes, expectedValue, requestsByDay] = await Promise.all([
    repo.countParticipants(db, forumId),
    repo.countParticipantProfiles(db, forumId),
    repo.countRequestsByStatus(db, forumId),
    repo.countMeetings(db, forumId),
    repo.countOutcomes(db, forumId),
    repo.sumExpectedValue(db, forumId),
    repo.countRequestsByDay(db, forumId, forum.timeZone),
  ]);
  const answered = requests.accepted + requests.declined;
  return {
    participants,
    profiles,
    requests,
    acceptanceRate: answered === 0 ? null : requests.accepted / answered,
    meetings,
    outcomes,
    expectedValue: expectedValue.map((row) => ({ currency: row.currency, value: cents(row.value) })),
    requestsByDay,
  };
}
