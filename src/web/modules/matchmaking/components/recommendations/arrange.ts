/** A suggestion hidden in this visit ("Not interested"), and where it stood in the list. */
export type Hidden<T> = { recommendation: T; index: number };
export type Item<T> = { recommendation: T; hidden: boolean };

type WithOrganization = { participant: { organizationId: string } };

/**
 * The list as shown: the server's suggestions, with each one hidden in this visit back where it
 * stood, so its undo appears in the card's place even after the refetched list has dropped it.
 */
export function arrange<T extends WithOrganization>(suggested: readonly T[], hidden: readonly Hidden<T>[]): Item<T>[] {
  const hiddenIds = new Set(hidden.map((h) => h.recommendation.participant.organizationId));
  const items: Item<T>[] = suggested.filter((r) => !hiddenIds.has(r.participant.organizationId)).map((recommendation) => ({ recommendation, hidden: false }));
  for (const h of [...hidden].sort((a, b) => a.index - b.index))
    items.splice(Math.min(h.index, items.length), 0, { recommendation: h.recommendation, hidden: true });
  return items;
}
