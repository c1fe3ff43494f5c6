import type { TMeetingForums, TParticipantCategory } from "../../../../contracts/matchmaking";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { notFound } from "../../../platform/errors";
import { listMembershipsOfUser } from "../../directory";
import { findPublishedForumsOf, organizationExists } from "../participants/participant.repository";
import { syncExhibitorParticipants } from "../participants/participant.service";
import { describeParticipants } from "../participants/participant.views";
import { loadMatchmakingSettings } from "../settings/settings.service";
import { mayRequest } from "./request.service";

type Ctx = Pick<AppContext, "database">;

/**
 * Where the viewer could ask this organisation for a meeting: its forums with requests open, each
 * with those of the viewer's organisations that take part and whose category may ask its category.
 * A forum where none of the viewer's organisations takes part is still listed (with no `from`) so
 * the page can say which forum to join. Forums still to come are listed before those that are over.
 */
export async function meetingForumsWith(ctx: Ctx, viewer: SessionUser | null, organizationId: string): Promise<TMeetingForums> {
  const db = ctx.database.db;
  if (!(await organizationExists(db, organizationId))) throw notFound("Organisation");
  const mine = viewer ? (await listMembershipsOfUser(db, viewer.id)).map((m) => m.organizationId).filter((id) => id !== organizationId) : [];
  const today = new Date().toISOString().slice(0, 10);
  const items: TMeetingForums["items"] = [];
  for (const forum of await findPublishedForumsOf(db, organizationId)) {
    const settings = await loadMatchmakingSettings(db, forum);
    if (!settings.requestsOpen) continue;
    await syncExhibitorParticipants(db, forum.id);
    const cards = await describeParticipants(db, forum.id, [organizationId, ...mine]);
    const to = cards.get(organizationId);
    if (!to) continue;
    const from = mine.flatMap((id) => {
      const card = cards.get(id);
      return card && mayRequest(settings, card.category as TParticipantCategory, to.category) ? [card] : [];
    });
    items.push({ forum: { id: forum.id, name: forum.name, startsOn: forum.startsOn, endsOn: forum.endsOn, timeZone: forum.timeZone }, to, from });
  }
  const over = (item: (typeof items)[number]) => item.forum.endsOn < today;
  // Coming forums soonest first, then finished ones latest first.
  items.sort((x, y) => Number(over(x)) - Number(over(y)) || (over(x) ? y.forum.startsOn.localeCompare(x.forum.startsOn) : 0));
  return { items };
}
