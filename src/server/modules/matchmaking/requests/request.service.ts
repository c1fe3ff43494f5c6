import type { z } from "zod";
import type {
  TMatchmakingSettings,
  TMeetingRequest,
  TParticipantCategory,
  ZMeetingRequestInput,
  ZMeetingRequestQuery,
} from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { type Db, inTransaction } from "../../../platform/db";
import { AppError, invalid, isUniqueViolation } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { requireOrganizationRole } from "../../directory";
import { loadVisibleForum } from "../../exhibitions";
import { slotStartingAt } from "../meeting-slots";
import { findParticipant, lockParticipants } from "../participants/participant.repository";
import { syncExhibitorParticipants } from "../participants/participant.service";
import { loadMatchmakingSettings } from "../settings/settings.service";
import * as repo from "./request.repository";
import { describeRequest, describeRequests } from "./request.views";
import { notifyOtherSide } from "./request-notify";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;

// Answers live in their own file; the module's surface offers every request action in one place.
export { acceptRequest, cancelRequest, declineRequest, proposeSlot, setPriority } from "./request-answer.service";

const alreadyRequested = () =>
  invalid("toOrganizationId", "Your organisation has already asked this one for a meeting; wait for the answer", "already_requested", 409);

/** The forum's rule on who may ask whom: a category without a rule may ask anyone. */
export function mayRequest(settings: TMatchmakingSettings, from: TParticipantCategory, to: TParticipantCategory) {
  const allowed = settings.mayRequest[from];
  return allowed === undefined || allowed.includes(to);
}

async function requireParticipant(db: Db, forumId: string, organizationId: string, field: string) {
  const participant = await findParticipant(db, forumId, organizationId);
  if (!participant) throw invalid(field, "This organisation does not take part in the forum's matchmaking", "not_a_participant", 409);
  return participant;
}

/**
 * Asks another participant for a meeting. The recipient's receive cap is counted under a lock on
 * both participants' rows (taken in id order), so however many ask at once, no more than the cap
 * get through, and two companies asking each other at the same moment both see the request mutual.
 */
export async function createRequest(ctx: Ctx, actor: SessionUser, input: z.output<typeof ZMeetingRequestInput>): Promise<TMeetingRequest> {
  const db = ctx.database.db;
  const { forum } = await loadVisibleForum(db, input.forumId, actor);
  await requireOrganizationRole(db, actor, input.fromOrganizationId, "member");
  if (input.fromOrganizationId === input.toOrganizationId) throw invalid("toOrganizationId", "An organisation cannot ask itself for a meeting");
  await syncExhibitorParticipants(db, forum.id);
  const settings = await loadMatchmakingSettings(db, forum);
  if (!settings.requestsOpen) throw new AppError("requests_closed", 409, "This forum does not take meeting requests at the moment");
  const from = await requireParticipant(db, forum.id, input.fromOrganizationId, "fromOrganizationId");
  const to = await requireParticipant(db, forum.id, input.toOrganizationId, "toOrganizationId");
  const fromCategory = from.category as TParticipantCategory;
  const toCategory = to.category as TParticipantCategory;
  if (!mayRequest(settings, fromCategory, toCategory)) {
    throw invalid("toOrganizationId", `In this forum, a ${fromCategory} may not ask a ${toCategory} for a meeting`, "request_not_allowed", 403);
  }
  const preferred = input.preferredStartsAt ? slotStartingAt(settings.slots, input.preferredStartsAt) : undefined;
  if (input.preferredStartsAt && !preferred) throw invalid("preferredStartsAt", "Not one of the forum's meeting slots");
  await repo.expireOverdue(db, forum.id);

  try {
    const row = await inTransaction(db, async (tx) => {
      if ((await lockParticipants(tx, forum.id, [from.organizationId, to.organizationId])).length !== 2) {
        throw invalid("toOrganizationId", "This organisation has just left the forum's matchmaking", "not_a_participant", 409);
      }
      if (await repo.findLive(tx, forum.id, from.organizationId, to.organizationId)) throw alreadyRequested();
      const reverse = await repo.findLive(tx, forum.id, to.organizationId, from.organizationId);
      if (reverse?.status === "accepted") {
        throw invalid("toOrganizationId", "The two organisations already have a meeting from this organisation's request", "already_meeting", 409);
      }
      const cap = settings.receiveCaps[toCategory];
      if (cap !== undefined && (await repo.countReceived(tx, forum.id, to.organizationId)) >= cap) {
        throw invalid("toOrganizationId", `This participant has received as many requests as the forum allows (${cap})`, "cap_reached", 409);
      }
      if (reverse) await repo.updateRequest(tx, reverse.id, { mutual: true });
      return repo.insertRequest(tx, {
        id: newId(),
        forumId: forum.id,
        fromOrganizationId: from.organizationId,
        toOrganizationId: to.organizationId,
        requestedBy: actor.id,
        message: input.message,
        preferredStartsAt: preferred ? new Date(preferred.startsAt) : null,
        mutual: reverse !== undefined,
        expiresAt: new Date(Date.now() + settings.requestExpiryHours * 3_600_000),
      });
    });
    await notifyOtherSide(ctx, forum, row, "requested", row.toOrganizationId, { message: row.message, startsAt: row.preferredStartsAt });
    return describeRequest(db, row);
  } catch (error) {
    if (isUniqueViolation(error, "meeting_request_live_uq")) throw alreadyRequested();
    throw error;
  }
}

/** An organisation's members see its requests; the forum's organisers see every request, or one organisation's. */
export async function listRequests(ctx: Ctx, actor: SessionUser, forumId: string, query: z.output<typeof ZMeetingRequestQuery>) {
  const db = ctx.database.db;
  const { forum, access } = await loadVisibleForum(db, forumId, actor);
  if (!access.manage) {
    if (!query.organization) throw invalid("organization", "Name the organisation whose requests to list");
    await requireOrganizationRole(db, actor, query.organization, "member");
  }
  await repo.expireOverdue(db, forum.id);
  const offset = decodeCursor(query.cursor);
  const { rows, total } = await repo.listRequests(
    db,
    { forumId, organizationId: query.organization, box: query.box, status: query.status },
    offset,
    query.limit,
  );
  return pageOf(await describeRequests(db, forumId, rows), offset, total);
}
