import { useSearchParams } from "react-router";

export type DirectoryTab = "organizations" | "products";
export type DirectoryParams = { tab: DirectoryTab; q: string; country?: string; region?: string; sector?: string; hs?: string };

const KEYS = ["q", "country", "region", "sector", "hs"] as const;

/** The search lives in the URL, so a result list can be shared or bookmarked as it is. */
export function useDirectoryParams() {
  const [params, setParams] = useSearchParams();
  const value: DirectoryParams = {
    tab: params.get("tab") === "products" ? "products" : "organizations",
    q: params.get("q") ?? "",
    country: params.get("country") || undefined,
    region: params.get("region") || undefined,
    sector: params.get("sector") || undefined,
    hs: params.get("hs") || undefined,
  };

  const update = (patch: Partial<DirectoryParams>) => {
    const next = { ...value, ...patch };
    // A region belongs to one country; a new country makes the old region meaningless.
    if (patch.country !== undefined && patch.country !== value.country && !("region" in patch)) next.region = undefined;
    const search = new URLSearchParams();
    if (next.tab === "products") search.set("tab", "products");
    for (const key of KEYS) {
      const v = next[key];
      if (v) search.set(key, v);
    }
    setParams(search, { replace: true });
  };

  return [value, update] as const;
}
