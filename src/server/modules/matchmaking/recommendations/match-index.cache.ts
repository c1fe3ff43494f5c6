import { buildMatchIndex, type MatchIndex, type MatchOrganization } from "../../../../engines/matching";
import type { Db } from "../../../platform/db";
import { loadReferenceData } from "../../directory";
import { loadMatchData, matchDataStamp } from "./recommendation.repository";

type Entry = { stamp: string; builtAt: number; index: Promise<MatchIndex> };

/**
 * One match index per forum, kept in memory. Before each use the forum's data stamp is read from
 * the database (one aggregate query) and a stale index is rebuilt. The stamp is read rather than
 * bumped by writers, so edits made elsewhere (products in the directory, another server process)
 * are seen too. The TTL is a safety net for changes no count or timestamp shows.
 */
const TTL_MS = 10 * 60_000;
// Only the busiest forums stay cached: an index holds every participant's terms and codes.
const MAX_FORUMS = 16;
const cache = new Map<string, Entry>();

async function buildForumIndex(db: Db, forumId: string): Promise<MatchIndex> {
  const { orgs, products, profiles } = await loadMatchData(db, forumId);
  const organizations: MatchOrganization[] = orgs.map((org) => ({
    id: org.id,
    country: org.country,
    region: org.region,
    sectors: org.sectors,
    languages: org.languages,
    description: org.description,
    products: products.filter((p) => p.organizationId === org.id).map((p) => ({ id: p.id, hsCode: p.hsCode, name: p.name, description: p.description })),
    profiles: profiles
      .filter((p) => p.organizationId === org.id)
      .map((p) => ({
        id: p.id,
        kind: p.kind as MatchOrganization["profiles"][number]["kind"],
        hsCodes: p.hsCodes,
        targetMarkets: p.targetMarkets,
        languages: p.languages,
        title: p.title,
        description: p.description,
      })),
  }));
  return buildMatchIndex(organizations, { valueChains: loadReferenceData().valueChains });
}

export async function forumMatchIndex(db: Db, forumId: string): Promise<MatchIndex> {
  const stamp = await matchDataStamp(db, forumId);
  const cached = cache.get(forumId);
  if (cached && cached.stamp === stamp && Date.now() - cached.builtAt < TTL_MS) return cached.index;
  const index = buildForumIndex(db, forumId);
  cache.delete(forumId);
  cache.set(forumId, { stamp, builtAt: Date.now(), index });
  // A failed build is not kept: the next request tries again.
  index.catch(() => cache.get(forumId)?.index === index && cache.delete(forumId));
  while (cache.size > MAX_FORUMS) cache.delete(cache.keys().next().value as string);
  return index;
}
