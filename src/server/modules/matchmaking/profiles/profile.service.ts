import type { z } from "zod";
import type { TLocalizedText } from "../../../../contracts/common";
import { type TProfile, type TProfileInput, type TProfilePatch, ZProfileInput, type ZProfileQuery } from "../../../../contracts/matchmaking";
import { toSearchKey } from "../../../../engines/transliteration";
import type { SessionUser } from "../../../platform/auth";
import type { AppContext } from "../../../platform/context";
import { decodeCursor, pageOf } from "../../../platform/cursor";
import { type FieldError, notFound, validationFailed } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { queryWords, rememberSearchTerms, requireOrganizationRole, resolveQuery } from "../../directory";
import { loadVisibleForum } from "../../exhibitions";
import { organizationExists } from "../participants/participant.repository";
import { syncExhibitorParticipants } from "../participants/participant.service";
import * as repo from "./profile.repository";

type Ctx = Pick<AppContext, "database" | "reference">;

const today = () => new Date().toISOString().slice(0, 10);
/** A profile whose valid-until date has passed is kept for its owner but no longer offered. */
export const isCurrent = (validUntil: string | null) => validUntil === null || validUntil >= today();

export function toProfile({ profile: p, owner }: repo.ProfileWithOwner): TProfile {
  return {
    id: p.id,
    organization: owner,
    kind: p.kind as TProfile["kind"],
    partnershipType: p.partnershipType as TProfile["partnershipType"],
    title: p.title,
    description: p.description,
    hsCodes: p.hsCodes,
    quantity: p.quantity,
    quantityUnit: p.quantityUnit,
    quantityPeriod: p.quantityPeriod as TProfile["quantityPeriod"],
    exportReady: p.exportReady,
    certificates: p.certificates,
    targetMarkets: p.targetMarkets,
    languages: p.languages,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    current: isCurrent(p.validUntil),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** HS codes must exist in HS 2022 and markets must be known countries or regions; every bad entry is named. */
function checkReferences(ctx: Ctx, input: Partial<TProfileInput>) {
  const errors: FieldError[] = [];
  for (const [i, code] of (input.hsCodes ?? []).entries()) {
    if (!ctx.reference.hs.has(code)) errors.push({ field: `hsCodes.${i}`, message: `${code} is not an HS 2022 code` });
  }
  for (const [i, code] of (input.targetMarkets ?? []).entries()) {
    const known = ctx.reference.jurisdictions.get(code);
    const region = code.includes("-");
    if (!known || known.kind !== (region ? "region" : "country")) {
      errors.push({ field: `targetMarkets.${i}`, message: `${code} is not a known ${region ? "ISO 3166-2 region" : "ISO 3166-1 country"}` });
    }
  }
  if (errors.length > 0) throw validationFailed(errors);
}

// Longer "words" are serial numbers or pasted noise; they would also overflow the term index.
const MAX_WORD_LENGTH = 48;

/** Title, description and the HS descriptions of its codes, folded to one Latin spelling: found in any script. */
function searchWordsOf(ctx: Ctx, input: { title: TLocalizedText; description: TLocalizedText; hsCodes: string[] }): string[] {
  const texts = [
    ...Object.values(input.title),
    ...Object.values(input.description),
    ...input.hsCodes.map((code) => ctx.reference.hs.get(code)?.description ?? ""),
    ...input.hsCodes,
  ];
  const words = toSearchKey(texts.filter(Boolean).join(" ")).split(" ");
  return [...new Set(words.filter((w) => w && w.length <= MAX_WORD_LENGTH))];
}

function columnsOf(input: TProfileInput): Omit<repo.ProfileInsert, "id" | "organizationId" | "searchWords"> {
  const { quantity, ...rest } = input;
  return { ...rest, quantity };
}

async function saveSearchWords(ctx: Ctx, input: TProfileInput) {
  const words = searchWordsOf(ctx, input);
  await rememberSearchTerms(ctx.database.db, words);
  return words;
}

export async function getProfile(ctx: Ctx, id: string): Promise<TProfile> {
  const found = await repo.findProfile(ctx.database.db, id);
  if (!found) throw notFound("Profile");
  return toProfile(found);
}

export async function createProfile(ctx: Ctx, actor: SessionUser, organizationId: string, input: TProfileInput) {
  const db = ctx.database.db;
  if (!(await organizationExists(db, organizationId))) throw notFound("Organisation");
  await requireOrganizationRole(db, actor, organizationId, "admin");
  checkReferences(ctx, input);
  const id = newId();
  await repo.insertProfile(db, { ...columnsOf(input), id, organizationId, searchWords: await saveSearchWords(ctx, input), createdBy: actor.id });
  return getProfile(ctx, id);
}

/** Only the owning organisation's admins and owners (or platform admins) may change a profile. */
async function loadEditable(ctx: Ctx, actor: SessionUser, id: string) {
  const found = await repo.findProfile(ctx.database.db, id);
  if (!found) throw notFound("Profile");
  await requireOrganizationRole(ctx.database.db, actor, found.profile.organizationId, "admin");
  return found;
}

const inputOf = (p: repo.ProfileRow) => ({
  kind: p.kind,
  partnershipType: p.partnershipType,
  title: p.title,
  description: p.description,
  hsCodes: p.hsCodes,
  quantity: p.quantity,
  quantityUnit: p.quantityUnit,
  quantityPeriod: p.quantityPeriod,
  exportReady: p.exportReady,
  certificates: p.certificates,
  targetMarkets: p.targetMarkets,
  languages: p.languages,
  validFrom: p.validFrom,
  validUntil: p.validUntil,
});

/** The patch is applied to the stored profile and the whole is checked again (kind and type, dates, codes). */
export async function updateProfile(ctx: Ctx, actor: SessionUser, id: string, patch: TProfilePatch) {
  const found = await loadEditable(ctx, actor, id);
  const merged = ZProfileInput.safeParse({ ...inputOf(found.profile), ...patch });
  if (!merged.success) throw validationFailed(merged.error.issues.map((issue) => ({ field: issue.path.join(".") || "body", message: issue.message })));
  checkReferences(ctx, patch);
  await repo.updateProfile(ctx.database.db, id, { ...columnsOf(merged.data), searchWords: await saveSearchWords(ctx, merged.data) });
  return getProfile(ctx, id);
}

export async function deleteProfile(ctx: Ctx, actor: SessionUser, id: string) {
  await loadEditable(ctx, actor, id);
  await repo.deleteProfile(ctx.database.db, id);
}

const isMemberOf = (ctx: Ctx, viewer: SessionUser | null, organizationId: string) =>
  viewer
    ? requireOrganizationRole(ctx.database.db, viewer, organizationId, "member").then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);

/** Searches current profiles; an organisation's own members listing its profiles also see the expired ones. */
export async function searchProfiles(ctx: Ctx, viewer: SessionUser | null, query: z.output<typeof ZProfileQuery>) {
  const db = ctx.database.db;
  const offset = decodeCursor(query.cursor);
  if (query.forum) {
    await loadVisibleForum(db, query.forum, viewer);
    await syncExhibitorParticipants(db, query.forum);
  }
  const resolved = await resolveQuery(db, queryWords(query.q ?? ""));
  if (!resolved) return pageOf<TProfile>([], offset, 0);
  const includeExpired = query.organization ? await isMemberOf(ctx, viewer, query.organization) : false;
  const { rows, total } = await repo.searchProfiles(db, {
    query: resolved,
    kind: query.kind,
    hs: query.hs,
    country: query.country,
    forumId: query.forum,
    organizationId: query.organization,
    includeExpired,
    offset,
    limit: query.limit,
  });
  return pageOf(rows.map(toProfile), offset, total);
}
