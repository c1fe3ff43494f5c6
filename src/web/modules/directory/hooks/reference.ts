import { useQuery } from "@tanstack/react-query";
import type { THsEntry, TJurisdiction, TSector } from "../../../../contracts/reference";
import { api } from "../../../api/client";

type Items<T> = { items: T[] };
// Reference data changes only with a new release; fetch each list once per visit.
const forever = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY };

export function useCountries() {
  return useQuery({
    queryKey: ["reference", "countries"],
    queryFn: async () => (await api.get<Items<TJurisdiction>>("/api/v1/jurisdictions", { kind: "country", limit: 300 })).items,
    ...forever,
  });
}

export function useRegions(country: string | null | undefined) {
  return useQuery({
    queryKey: ["reference", "regions", country],
    queryFn: async () => (await api.get<Items<TJurisdiction>>("/api/v1/jurisdictions", { country, kind: "region", limit: 300 })).items,
    enabled: !!country,
    ...forever,
  });
}

export function useSectors() {
  return useQuery({
    queryKey: ["reference", "sectors"],
    queryFn: async () => (await api.get<Items<TSector>>("/api/v1/sectors")).items,
    ...forever,
  });
}

/** One HS entry, to show the description of a code chosen earlier (a saved product, a shared URL). */
export function useHsEntry(code: string | null | undefined) {
  return useQuery({
    queryKey: ["reference", "hs", code],
    queryFn: () => api.get<THsEntry>(`/api/v1/hs/${code}`),
    enabled: !!code && /^\d{2}(\d{2}(\d{2})?)?$/.test(code),
    ...forever,
  });
}

/**
 * HS codes matching what was typed. `levels` narrows the search (the directory filters by
 * chapter or heading only); the API takes one level per request, so several are asked in parallel.
 */
export function useHsSearch(query: string, levels: Array<2 | 4 | 6> | undefined, limit = 20) {
  return useQuery({
    queryKey: ["reference", "hs-search", query, levels?.join(",") ?? "all", limit],
    queryFn: async () => {
      if (!levels) return (await api.get<Items<THsEntry>>("/api/v1/hs", { q: query, limit })).items;
      const lists = await Promise.all(levels.map((level) => api.get<Items<THsEntry>>("/api/v1/hs", { q: query, limit, level })));
      const merged = lists.flatMap((list) => list.items);
      return /^\d*$/.test(query.trim()) ? merged.sort((a, b) => a.code.localeCompare(b.code)).slice(0, limit) : merged.slice(0, limit);
    },
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: (previous) => previous,
  });
}

/** Looks up names in a loaded list by code. */
export function byCode<T extends { code: string }>(items: T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.code, item]));
}
