import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TChainCoverage, TOpportunities, TSavedOpportunities, TValueChain } from "../../../../contracts/cooperation";
import { api } from "../../../api/client";

// Opportunities follow the trade data and the directory; a few minutes old is fresh enough.
const STALE = 2 * 60_000;

export function useValueChains() {
  return useQuery({
    queryKey: ["cooperation", "value-chains"],
    queryFn: async () => (await api.get<{ items: TValueChain[] }>("/api/v1/value-chains")).items,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useOpportunities(a: string, b: string) {
  return useQuery({
    queryKey: ["cooperation", "opportunities", a, b],
    queryFn: () => api.get<TOpportunities>("/api/v1/opportunities", { a, b }),
    staleTime: STALE,
    enabled: Boolean(a && b && a !== b),
  });
}

export function useChainCoverage(a: string, b: string) {
  return useQuery({
    queryKey: ["cooperation", "coverage", a, b],
    queryFn: () => api.get<TChainCoverage>("/api/v1/value-chains/coverage", { a, b }),
    staleTime: STALE,
    enabled: Boolean(a && b && a !== b),
  });
}

const SAVED = ["cooperation", "saved"] as const;

export function useSavedOpportunities(enabled: boolean) {
  return useQuery({ queryKey: SAVED, queryFn: async () => (await api.get<TSavedOpportunities>("/api/v1/opportunities/saved")).items, enabled });
}

/** Saves an opportunity, or forgets it when it was saved; the list follows the server's answer. */
export function useToggleSaved() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ a, b, id, saved }: { a: string; b: string; id: string; saved: boolean }) =>
      saved
        ? api.delete<TSavedOpportunities>(`/api/v1/opportunities/saved?${new URLSearchParams({ a, b, id })}`)
        : api.post<TSavedOpportunities>("/api/v1/opportunities/saved", { a, b, id }),
    onSuccess: (answer) => queryClient.setQueryData(SAVED, answer.items),
  });
}
