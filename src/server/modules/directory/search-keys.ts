import type { TLocalizedText } from "../../../contracts/common";
import { toSearchKey } from "../../../engines/transliteration";

const texts = (...values: Array<TLocalizedText | string | null | undefined>): string =>
  values
    .flatMap((v) => (typeof v === "string" ? [v] : v ? Object.values(v) : []))
    .filter(Boolean)
    .join(" ");

/**
 * Search keys fold every language and script of a record into one Latin string. Names go in a
 * key of their own so that a match on the name ranks above a match in the description.
 */
export function organizationSearchKeys(o: { legalName: TLocalizedText; shortName: TLocalizedText; description: TLocalizedText; city?: string | null }) {
  return { nameKey: toSearchKey(texts(o.shortName, o.legalName)), bodyKey: toSearchKey(texts(o.city, o.description)) };
}

export function productSearchKeys(
  p: { name: TLocalizedText; description: TLocalizedText; hsCode: string; specifications: Array<{ value: string }> },
  hsDescription: string | undefined,
  organizationNames: TLocalizedText[],
) {
  return {
    nameKey: toSearchKey(texts(p.name)),
    bodyKey: toSearchKey(texts(p.description, hsDescription, p.hsCode, ...organizationNames, ...p.specifications.map((s) => s.value))),
  };
}
