import type { z } from "zod";
import type { TExhibitor, ZExhibitorQuery } from "../../../../contracts/exhibitions";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { fileUrl } from "../../../platform/files";
import { queryWords, resolveQuery } from "../../directory";
import { loadVisibleForum } from "../access";
import * as repo from "./exhibitor.repository";

type Ctx = Pick<AppContext, "database">;

// A catalogue card shows a handful; the organisation's page has the rest.
const PRODUCTS_PER_CARD = 12;

/** The public exhibition catalogue, searchable in any of the four languages and either script. */
export async function listExhibitors(ctx: Ctx, viewer: SessionUser | null, forumId: string, query: z.output<typeof ZExhibitorQuery>) {
  const db = ctx.database.db;
  await loadVisibleForum(db, forumId, viewer);
  const offset = decodeCursor(query.cursor);
  const resolved = await resolveQuery(db, queryWords(query.q));
  if (!resolved) return pageOf<TExhibitor>([], offset, 0);
  const { rows, total } = await repo.searchExhibitors(db, {
    forumId,
    query: resolved,
    pavilionId: query.pavilionId,
    country: query.country,
    sector: query.sector,
    hs: query.hs,
    offset,
    limit: query.limit,
  });
  const products = await repo.findShownProducts(db, rows);
  const items: TExhibitor[] = rows.map(({ organization: { logoFileId, ...organization }, ...row }) => ({
    applicationId: row.applicationId,
    organization: { ...organization, logoUrl: fileUrl(logoFileId) },
    booth:
      row.booth?.id && row.booth.number && row.booth.hallId
        ? { id: row.booth.id, number: row.booth.number, hallId: row.booth.hallId, hallName: row.booth.hallName ?? {} }
        : null,
    pavilion: row.pavilion?.id ? row.pavilion : null,
    products: products
      .filter((p) => p.applicationId === row.applicationId)
      .slice(0, PRODUCTS_PER_CARD)
      .map((p) => ({ id: p.id, name: p.name, hsCode: p.hsCode, photoUrl: fileUrl(p.photoFileIds[0]) })),
  }));
  return pageOf(items, offset, total);
}
