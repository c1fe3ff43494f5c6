import type { z } from "zod";
import { type TProduct, ZProductInput, ZProductPatch, type ZProductQuery } from "../../../../contracts/directory";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { invalid, notFound } from "../../../platform/errors";
import { fileUrl } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import { requireOrganizationRole } from "../access";
import { findOrganization } from "../organizations/organization.repository";
import { rememberSearchTerms, resolveQuery } from "../search.repository";
import { productSearchKeys, queryWords } from "../search-keys";
import { ReferenceChecks } from "../validation";
import * as repo from "./product.repository";

type Ctx = Pick<AppContext, "database" | "reference" | "files">;
type Input = z.output<typeof ZProductInput>;
export const MAX_PHOTOS = 8;

function checkReferences(ctx: Ctx, input: Partial<Input>) {
  const checks = new ReferenceChecks(ctx.reference).hsCode("hsCode", input.hsCode).currency("price.currency", input.price?.currency);
  for (const [i, code] of (input.componentOrigins ?? []).entries()) checks.country(`componentOrigins.${i}`, code);
  checks.throwIfAny();
}

function toProduct(ctx: Ctx, { product: p, maker }: repo.ProductWithMaker, score?: number): TProduct {
  return {
    id: p.id,
    organizationId: p.organizationId,
    organization: { id: maker.id, legalName: maker.legalName, shortName: maker.shortName, country: maker.country, region: maker.region },
    name: p.name,
    description: p.description,
    hsCode: p.hsCode,
    hsDescription: ctx.reference.hs.get(p.hsCode)?.description ?? null,
    specifications: p.specifications,
    photoUrls: p.photoFileIds.map((id) => fileUrl(id) as string),
    videoUrls: p.videoUrls,
    price: p.priceAmount !== null && p.priceCurrency ? { amount: Number(p.priceAmount), currency: p.priceCurrency } : null,
    minimumOrder: p.minimumOrderQuantity !== null && p.minimumOrderUnit ? { quantity: Number(p.minimumOrderQuantity), unit: p.minimumOrderUnit } : null,
    componentOrigins: p.componentOrigins,
    fictional: maker.fictional,
    createdAt: p.createdAt.toISOString(),
    ...(score === undefined ? {} : { score }),
  };
}

/** Columns from validated input; `undefined` leaves a column as it is on update. */
function columnsOf(input: Partial<Input>): Partial<repo.ProductInsert> {
  const columns: Partial<repo.ProductInsert> = {
    name: input.name,
    description: input.description,
    hsCode: input.hsCode,
    specifications: input.specifications,
    videoUrls: input.videoUrls,
    componentOrigins: input.componentOrigins,
  };
  if (input.price !== undefined) Object.assign(columns, { priceAmount: input.price?.amount ?? null, priceCurrency: input.price?.currency ?? null });
  if (input.minimumOrder !== undefined) {
    Object.assign(columns, { minimumOrderQuantity: input.minimumOrder?.quantity ?? null, minimumOrderUnit: input.minimumOrder?.unit ?? null });
  }
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
}

export async function searchProducts(ctx: Ctx, query: z.output<typeof ZProductQuery>) {
  const offset = decodeCursor(query.cursor);
  const resolved = await resolveQuery(ctx.database.db, queryWords(query.q));
  if (!resolved) return { items: [], total: 0, nextCursor: null };
  const { rows, total } = await repo.searchProducts(ctx.database.db, {
    query: resolved,
    hsPrefix: query.hs,
    country: query.country,
    region: query.region,
    organizationId: query.organizationId,
    offset,
    limit: query.limit,
  });
  const items = rows.map((r) => toProduct(ctx, r, r.score));
  return pageOf(items, offset, total);
}

export async function getProduct(ctx: Ctx, id: string): Promise<TProduct> {
  const found = await repo.findProduct(ctx.database.db, id);
  if (!found) throw notFound("Product");
  return toProduct(ctx, found);
}

export async function createProduct(ctx: Ctx, actor: SessionUser, organizationId: string, body: unknown) {
  const org = await findOrganization(ctx.database.db, organizationId);
  if (!org) throw notFound("Organisation");
  await requireOrganizationRole(ctx.database.db, actor, organizationId, "member");
  const input = ZProductInput.parse(body);
  checkReferences(ctx, input);
  const id = newId();
  const keys = productSearchKeys(input, ctx.reference.hs.get(input.hsCode)?.description, [org.legalName, org.shortName]);
  await rememberSearchTerms(ctx.database.db, keys.searchWords);
  await repo.insertProduct(ctx.database.db, { ...(columnsOf(input) as repo.ProductInsert), id, organizationId }, keys, {
    country: org.country,
    region: org.region,
  });
  return getProduct(ctx, id);
}

/** Loads a product and checks the actor may edit it: a member of the organisation that makes it. */
async function loadEditable(ctx: Ctx, actor: SessionUser, id: string) {
  const found = await repo.findProduct(ctx.database.db, id);
  if (!found) throw notFound("Product");
  await requireOrganizationRole(ctx.database.db, actor, found.product.organizationId, "member");
  return found;
}

export async function updateProduct(ctx: Ctx, actor: SessionUser, id: string, body: unknown) {
  const found = await loadEditable(ctx, actor, id);
  const patch = ZProductPatch.parse(body);
  checkReferences(ctx, patch);
  const merged = { ...found.product, ...patch, specifications: patch.specifications ?? found.product.specifications };
  const keys = productSearchKeys(merged, ctx.reference.hs.get(merged.hsCode)?.description, [found.maker.legalName, found.maker.shortName]);
  await rememberSearchTerms(ctx.database.db, keys.searchWords);
  await repo.updateProduct(ctx.database.db, id, columnsOf(patch), keys);
  return getProduct(ctx, id);
}

export async function addProductPhoto(ctx: Ctx, actor: SessionUser, id: string, bytes: Buffer) {
  const found = await loadEditable(ctx, actor, id);
  const tooMany = () => invalid("photo", `A product can have at most ${MAX_PHOTOS} photos`, "too_many_photos", 409);
  if (found.product.photoFileIds.length >= MAX_PHOTOS) throw tooMany();
  const stored = await ctx.files.saveImage(bytes, actor.id, "photo");
  if (!(await repo.appendProductPhoto(ctx.database.db, id, stored.id, MAX_PHOTOS))) {
    await ctx.files.remove(stored.id);
    throw tooMany();
  }
  return getProduct(ctx, id);
}

export async function removeProductPhoto(ctx: Ctx, actor: SessionUser, id: string, fileId: string) {
  await loadEditable(ctx, actor, id);
  if (!(await repo.removeProductPhoto(ctx.database.db, id, fileId))) throw notFound("Photo");
  await ctx.files.remove(fileId);
  return getProduct(ctx, id);
}

export async function deleteProduct(ctx: Ctx, actor: SessionUser, id: string) {
  const found = await loadEditable(ctx, actor, id);
  await repo.deleteProduct(ctx.database.db, id);
  for (const fileId of found.product.photoFileIds) await ctx.files.remove(fileId);
}
