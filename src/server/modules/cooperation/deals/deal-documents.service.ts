import type { TDeal } from "../../../../contracts/cooperation";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { inTransaction } from "../../../platform/db";
import { invalid, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import * as repo from "./deal.repository";
import { getDeal } from "./deal.service";
import { loadDealFor } from "./deal-access";

type Ctx = Pick<AppContext, "database" | "reference" | "files">;

/** A document name as people see it: the file's name without folders, tidied, at most 120 characters. */
export function documentName(given: string | undefined, filename: string): string {
  const name = (given?.trim() || filename.split(/[\\/]/).at(-1) || "").replace(/\s+/g, " ").trim();
  if (!name) throw invalid("name", "Give the document a name");
  if (name.length > 120) throw invalid("name", "Keep the name under 120 characters");
  return name;
}

/** Stores a document of a deal (its parties only); a name used before gets its next version. */
export async function uploadDealDocument(
  ctx: Ctx,
  actor: SessionUser,
  dealId: string,
  upload: { bytes: Buffer; filename: string; name?: string },
): Promise<TDeal> {
  const db = ctx.database.db;
  await loadDealFor(db, actor, dealId, "change");
  const name = documentName(upload.name, upload.filename);
  const stored = await ctx.files.saveDocument(upload.bytes, actor.id, "file");
  try {
    await inTransaction(db, async (tx) => {
      const version = await repo.insertDocumentVersion(tx, { id: newId(), dealId, name, fileId: stored.id, uploadedBy: actor.id });
      await repo.recordActivity(tx, dealId, actor.id, "document", { name, version });
    });
  } catch (error) {
    await ctx.files.remove(stored.id);
    throw error;
  }
  return getDeal(ctx, actor, dealId);
}

/** The bytes of one document version, for whoever may see the deal. */
export async function readDealDocument(ctx: Ctx, actor: SessionUser | null, dealId: string, documentId: string) {
  const db = ctx.database.db;
  await loadDealFor(db, actor, dealId, "see");
  const document = (await repo.findDocuments(db, dealId)).find((d) => d.id === documentId);
  const file = document && (await ctx.files.read(document.fileId));
  if (!document || !file) throw notFound("Document");
  return { name: document.name, version: document.version, mediaType: file.meta.mediaType, bytes: file.bytes };
}
