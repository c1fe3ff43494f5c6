import type { z } from "zod";
import { type TOrganization, ZOrganizationInput, ZOrganizationPatch, type ZOrganizationQuery } from "../../../../contracts/directory";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { notFound } from "../../../platform/errors";
import { fileUrl } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import { requireOrganizationRole } from "../access";
import { listMembers } from "../members/member.repository";
import { rememberSearchTerms, resolveQuery } from "../search.repository";
import { organizationSearchKeys, productSearchKeys, queryWords } from "../search-keys";
import { ReferenceChecks } from "../validation";
import * as repo from "./organization.repository";

type Ctx = Pick<AppContext, "database" | "reference" | "files">;
type Input = z.output<typeof ZOrganizationInput>;

function checkReferences(ctx: Ctx, input: Partial<Input>, current?: repo.OrganizationRow) {
  const country = input.country ?? current?.country;
  const region = input.region === undefined ? current?.region : input.region;
  new ReferenceChecks(ctx.reference).country("country", input.country).region("region", region, country).sectors("sectors", input.sectors).throwIfAny();
}

type Person = { name: string; member: { jobTitle: string | null; role: string } };

export function toOrganization(row: repo.OrganizationRow, productCount: number, people: Person[] = []): TOrganization {
  return {
    id: row.id,
    legalName: row.legalName,
    shortName: row.shortName,
    country: row.country,
    region: row.region,
    city: row.city,
    address: row.address,
    website: row.website,
    sectors: row.sectors,
    languages: row.languages,
    size: row.size as TOrganization["size"],
    description: row.description,
    logoUrl: fileUrl(row.logoFileId),
    fictional: row.fictional,
    productCount,
    people: people.map((p) => ({ name: p.name, jobTitle: p.member.jobTitle, role: p.member.role as "owner" | "admin" | "member" })),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function searchOrganizations(ctx: Ctx, query: z.output<typeof ZOrganizationQuery>) {
  const offset = decodeCursor(query.cursor);
  const resolved = await resolveQuery(ctx.database.db, queryWords(query.q));
  if (!resolved) return { items: [], total: 0, nextCursor: null };
  const { rows, total } = await repo.searchOrganizations(ctx.database.db, {
    query: resolved,
    country: query.country,
    region: query.region,
    sector: query.sector,
    hsPrefix: query.hs,
    offset,
    limit: query.limit,
  });
  const counts = await repo.countProductsByOrganization(
    ctx.database.db,
    rows.map((r) => r.id),
  );
  const items = rows.map((row) => {
    const { people: _p, address: _a, ...summary } = toOrganization(row, counts.get(row.id) ?? 0);
    return { ...summary, score: row.score };
  });
  return pageOf(items, offset, total);
}

export async function getOrganization(ctx: Ctx, id: string): Promise<TOrganization> {
  const row = await repo.findOrganization(ctx.database.db, id);
  if (!row) throw notFound("Organisation");
  const [counts, people] = await Promise.all([repo.countProductsByOrganization(ctx.database.db, [id]), listMembers(ctx.database.db, id)]);
  return toOrganization(row, counts.get(id) ?? 0, people);
}

export async function createOrganization(ctx: Ctx, actor: SessionUser, body: unknown, options: { fictional?: boolean; jobTitle?: string } = {}) {
  const input = ZOrganizationInput.parse(body);
  checkReferences(ctx, input);
  const id = newId();
  const words = organizationSearchKeys(input);
  await rememberSearchTerms(ctx.database.db, words.searchWords);
  await repo.insertOrganizationWithOwner(
    ctx.database.db,
    { id, ...input, region: input.region ?? null, website: input.website ?? null, size: input.size ?? null, fictional: options.fictional ?? false, ...words },
    { memberId: newId(), userId: actor.id, jobTitle: options.jobTitle },
  );
  return getOrganization(ctx, id);
}

export async function updateOrganization(ctx: Ctx, actor: SessionUser, id: string, body: unknown) {
  const current = await repo.findOrganization(ctx.database.db, id);
  if (!current) throw notFound("Organisation");
  await requireOrganizationRole(ctx.database.db, actor, id, "admin");
  const patch = ZOrganizationPatch.parse(body);
  checkReferences(ctx, patch, current);
  const merged = { ...current, ...patch };
  const words = organizationSearchKeys(merged);
  // Product search words include the maker's names, so a rename re-keys its products too.
  const renamed = Boolean(patch.legalName || patch.shortName);
  const products = renamed ? await repo.listProductKeysInputs(ctx.database.db, id) : [];
  const productWords = products.map((p) => ({
    id: p.id,
    words: productSearchKeys(p, ctx.reference.hs.get(p.hsCode)?.description, [merged.legalName, merged.shortName]),
  }));
  await ctx.database.db.transaction(async (tx) => {
    await rememberSearchTerms(tx, [...new Set([...words.searchWords, ...productWords.flatMap((p) => p.words.searchWords)])]);
    await repo.updateOrganization(tx, id, { ...patch, ...words });
    for (const p of productWords) await repo.updateProductSearchWords(tx, p.id, p.words);
    if (patch.country !== undefined || patch.region !== undefined)
      await repo.updateProductPlaces(tx, id, { country: merged.country, region: merged.region ?? null });
  });
  return getOrganization(ctx, id);
}

export async function setOrganizationLogo(ctx: Ctx, actor: SessionUser, id: string, bytes: Buffer) {
  const current = await repo.findOrganization(ctx.database.db, id);
  if (!current) throw notFound("Organisation");
  await requireOrganizationRole(ctx.database.db, actor, id, "admin");
  const stored = await ctx.files.saveImage(bytes, actor.id, "logo");
  await repo.updateOrganization(ctx.database.db, id, { logoFileId: stored.id });
  if (current.logoFileId) await ctx.files.remove(current.logoFileId);
  return getOrganization(ctx, id);
}
