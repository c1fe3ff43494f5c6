import type { MatchOrganization, MatchProfile, ValueChain } from "./types";

/** A bare organisation: nothing in common with anyone until a test adds it. */
export function org(id: string, extra: Partial<MatchOrganization> = {}): MatchOrganization {
  return { id, country: "TJ", sectors: [], languages: [], products: [], profiles: [], ...extra };
}

export const product = (id: string, hsCode: string, name: Record<string, string> = {}) => ({ id, hsCode, name });

export const profile = (id: string, kind: MatchProfile["kind"], hsCodes: string[], extra: Partial<MatchProfile> = {}): MatchProfile => ({
  id,
  kind,
  hsCodes,
  ...extra,
});

/** A cut-down silk chain: cocoons → raw silk → yarn → weaving (which also takes raw silk). */
export const SILK: ValueChain = {
  id: "silk",
  name: { en: "Silk" },
  stages: [
    { id: "cocoons", name: { en: "Cocoons" }, hs: ["5001"], inputs: [] },
    { id: "raw-silk", name: { en: "Raw silk" }, hs: ["5002"], inputs: ["cocoons"] },
    { id: "silk-yarn", name: { en: "Silk yarn" }, hs: ["5004", "5006"], inputs: ["raw-silk"] },
    { id: "silk-weaving", name: { en: "Silk weaving" }, hs: ["5007"], inputs: ["raw-silk", "silk-yarn"] },
  ],
};
