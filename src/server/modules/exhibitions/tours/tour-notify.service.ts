import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { listMemberContacts } from "../../directory";
import * as repo from "./tour.repository";
import { managedTour, toTour } from "./tour.service";
import { tourNotice } from "./tour-notice";

type Ctx = Pick<AppContext, "database" | "mailer" | "config">;

/** Tells every exhibitor on the route when the delegation arrives at their booth. */
export async function notifyTourExhibitors(ctx: Ctx, actor: SessionUser, tourId: string) {
  const db = ctx.database.db;
  const { row, forum } = await managedTour(ctx, actor, tourId);
  const tour = await toTour(db, row);
  const stops = tour.stops.filter((s) => s.exhibitor);
  if (stops.length === 0) throw new AppError("no_exhibitors_on_route", 409, "None of the tour's booths has an approved exhibitor yet");
  const contacts = await listMemberContacts(db, [...new Set(stops.map((s) => s.exhibitor!.organizationId))]);
  let recipients = 0;
  for (const stop of stops) {
    for (const contact of contacts.filter((c) => c.organizationId === stop.exhibitor!.organizationId)) {
      await ctx.mailer.send({ to: contact.email, ...tourNotice(tour, stop, forum.timeZone, contact.preferredLanguage) });
      recipients++;
    }
  }
  await repo.updateTour(db, row.id, { notifiedAt: new Date() });
  return { notified: stops.length, recipients };
}
