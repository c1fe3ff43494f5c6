import { useSearchParams } from "react-router";
import type { ExhibitorFilters } from "./applications";

const KEYS = ["q", "pavilionId", "country", "sector", "hs"] as const;

/** The catalogue's search lives in the URL, so a filtered list can be shared as it is. */
export function useExhibitorParams() {
  const [params, setParams] = useSearchParams();
  const value: ExhibitorFilters = {
    q: params.get("q") ?? "",
    pavilionId: params.get("pavilionId") || undefined,
    country: params.get("country") || undefined,
    sector: params.get("sector") || undefined,
    hs: params.get("hs") || undefined,
  };
  const update = (patch: Partial<ExhibitorFilters>) => {
    const next = { ...value, ...patch };
    const search = new URLSearchParams();
    for (const key of KEYS) {
      const v = next[key];
      if (v) search.set(key, v);
    }
    setParams(search, { replace: true });
  };
  return [value, update] as const;
}
