import type { MatchIndex } from "./build-match-index";
import type { OrgFeatures } from "./org-features";

/**
 * Learning from dismissals, per user: a dismissed organisation is never shown again, and every
 * candidate that shares its country, a sector or an HS chapter is demoted. Each dismissed
 * organisation sharing the candidate's country takes off 4 %, each shared sector 3 % and each
 * shared HS chapter 3 %; the demotion never exceeds 50 %, so a good match is pushed down, not
 * hidden. The same dismissals always give the same demotions.
 */
export const DISMISSAL_PENALTY = { country: 0.04, sector: 0.03, chapter: 0.03, max: 0.5 } as const;

export type DismissalProfile = {
  positions: ReadonlySet<number>;
  countries: ReadonlyMap<string, number>;
  sectors: ReadonlyMap<number, number>;
  chapters: ReadonlyMap<string, number>;
};

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export function buildDismissalProfile(index: MatchIndex, dismissed: Iterable<string> | undefined): DismissalProfile {
  const positions = new Set<number>();
  const countries = new Map<string, number>();
  const sectors = new Map<number, number>();
  const chapters = new Map<string, number>();
  for (const id of dismissed ?? []) {
    const position = index.positionOf.get(id);
    // Unknown ids (an organisation that left the forum) teach nothing; a repeat counts once.
    if (position === undefined || positions.has(position)) continue;
    positions.add(position);
    const org = index.organizations[position];
    bump(countries, org.country);
    for (const sector of org.sectorIds) bump(sectors, sector);
    for (const chapter of org.chapters) bump(chapters, chapter);
  }
  return { positions, countries, sectors, chapters };
}

/** The fraction (0–0.5) taken off a candidate's score. */
export function demotionOf(profile: DismissalProfile, candidate: OrgFeatures): number {
  if (profile.positions.size === 0) return 0;
  let penalty = DISMISSAL_PENALTY.country * (profile.countries.get(candidate.country) ?? 0);
  for (const sector of candidate.sectorIds) penalty += DISMISSAL_PENALTY.sector * (profile.sectors.get(sector) ?? 0);
  for (const chapter of candidate.chapters) penalty += DISMISSAL_PENALTY.chapter * (profile.chapters.get(chapter) ?? 0);
  return Math.min(DISMISSAL_PENALTY.max, penalty);
}
