import type { z } from "zod";
import type { TMatchReason, TRecommendation, ZDismissalInput, ZRecommendationQuery } from "../../../../contracts/matchmaking";
import { type MatchReason, recommend } from "../../../../engines/matching";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { invalid } from "../../../platform/errors";
import { requireParticipantActor } from "../access";
import { findParticipant } from "../participants/participant.repository";
import { syncExhibitorParticipants } from "../participants/participant.service";
import { describeParticipants } from "../participants/participant.views";
import { findCurrentProfilesOf } from "../profiles/profile.repository";
import { toProfile } from "../profiles/profile.service";
import { latestStatusesBetween } from "../requests/request.repository";
import { loadMatchmakingSettings } from "../settings/settings.service";
import { forumMatchIndex } from "./match-index.cache";
import * as repo from "./recommendation.repository";

type Ctx = Pick<AppContext, "database">;

// A card shows the counterpart's few most relevant profiles; the rest are on its page.
const PROFILES_PER_CARD = 3;

/** The engine's reasons as the API states them: sources and score shares stay on the server. */
export function toMatchReason(reason: MatchReason): TMatchReason {
  switch (reason.kind) {
    case "hs-match":
      return { kind: reason.kind, level: reason.level, direction: reason.direction, theirCode: reason.theirCode, yourCode: reason.yourCode };
    case "partnership":
      return { kind: reason.kind, level: reason.level, theirCode: reason.theirCode, yourCode: reason.yourCode };
    case "value-chain":
      return {
        kind: reason.kind,
        direction: reason.direction,
        chainId: reason.chainId,
        fromStageId: reason.fromStageId,
        toStageId: reason.toStageId,
        theirCode: reason.theirCode,
        yourCode: reason.yourCode,
      };
    case "cross-border":
      return { kind: reason.kind, theirCountry: reason.theirCountry };
    case "target-market":
      return { kind: reason.kind, direction: reason.direction, market: reason.market };
    case "sector":
      return { kind: reason.kind, sectors: reason.sectors };
    case "language":
      return { kind: reason.kind, languages: reason.languages };
    case "text":
      return { kind: reason.kind, sharedTerms: reason.sharedTerms };
  }
}

/** Who this organisation should meet among the forum's participants, and why; dismissed ones are left out for this user. */
export async function listRecommendations(ctx: Ctx, actor: SessionUser, forumId: string, query: z.output<typeof ZRecommendationQuery>) {
  const db = ctx.database.db;
  await syncExhibitorParticipants(db, forumId);
  const { forum } = await requireParticipantActor(db, actor, forumId, query.organization);
  const [settings, index, dismissed] = await Promise.all([
    loadMatchmakingSettings(db, forum),
    forumMatchIndex(db, forumId),
    repo.listDismissed(db, actor.id, forumId, query.organization),
  ]);
  if (!index.positionOf.has(query.organization)) return { items: [] };
  const found = recommend(index, query.organization, { limit: query.limit, dismissed, crossBorderWeight: settings.crossBorderWeight });
  const ids = found.map((r) => r.organizationId);
  const [participants, profiles, statuses] = await Promise.all([
    describeParticipants(db, forumId, ids),
    findCurrentProfilesOf(db, ids),
    latestStatusesBetween(db, forumId, query.organization, ids),
  ]);
  const profileById = new Map(profiles.map((p) => [p.profile.id, p]));
  const items: TRecommendation[] = found.flatMap((r) => {
    const participant = participants.get(r.organizationId);
    if (!participant) return [];
    return [
      {
        participant,
        score: r.score,
        reasons: r.reasons.map(toMatchReason),
        profiles: r.profileIds.flatMap((id) => (profileById.has(id) ? [toProfile(profileById.get(id)!)] : [])).slice(0, PROFILES_PER_CARD),
        requestStatus: statuses.get(r.organizationId) ?? null,
      },
    ];
  });
  return { items };
}

async function dismissalOf(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZDismissalInput>) {
  const db = ctx.database.db;
  await syncExhibitorParticipants(db, forumId);
  await requireParticipantActor(db, actor, forumId, input.organizationId);
  if (input.dismissedOrganizationId === input.organizationId) throw invalid("dismissedOrganizationId", "An organisation is never recommended to itself");
  if (!(await findParticipant(db, forumId, input.dismissedOrganizationId))) {
    throw invalid("dismissedOrganizationId", "This organisation does not take part in the forum's matchmaking");
  }
  return { userId: actor.id, forumId, ...input };
}

/** The user no longer wants this counterpart suggested (to them, for this organisation); similar ones rank lower. */
export async function dismissRecommendation(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZDismissalInput>) {
  await repo.insertDismissal(ctx.database.db, await dismissalOf(ctx, actor, forumId, input));
}

export async function restoreRecommendation(ctx: Ctx, actor: SessionUser, forumId: string, input: z.output<typeof ZDismissalInput>) {
  await repo.deleteDismissal(ctx.database.db, await dismissalOf(ctx, actor, forumId, input));
}
