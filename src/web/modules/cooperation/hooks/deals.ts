import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TDeal, TDealInput, TDealList, TDealPatch, TMilestoneInput, TMilestonePatch } from "../../../../contracts/cooperation";
import { api } from "../../../api/client";

const DEALS = ["cooperation", "deals"] as const;

export type DealFilters = { stage?: string; kind?: string; country?: string; sector?: string };

export function useDeals(filters: DealFilters) {
  return useQuery({ queryKey: [...DEALS, "list", filters], queryFn: () => api.get<TDealList>("/api/v1/deals", filters) });
}

export function useDeal(id: string) {
  return useQuery({ queryKey: [...DEALS, "one", id], queryFn: () => api.get<TDeal>(`/api/v1/deals/${id}`) });
}

/** Every change answers with the whole deal: it replaces the cached one, and lists refresh. */
function useDealMutation<Input>(send: (input: Input) => Promise<TDeal>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (deal) => {
      queryClient.setQueryData([...DEALS, "one", deal.id], deal);
      await queryClient.invalidateQueries({ queryKey: [...DEALS, "list"] });
    },
  });
}

export const useCreateDeal = () => useDealMutation((input: TDealInput) => api.post<TDeal>("/api/v1/deals", input));
/** Changes any deal on a list (the board's drag and drop). */
export const useMoveDeal = () => useDealMutation(({ id, patch }: { id: string; patch: TDealPatch }) => api.patch<TDeal>(`/api/v1/deals/${id}`, patch));
export const useRemoveDeal = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/deals/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...DEALS, "list"] }),
  });
};
export const useUpdateDeal = (id: string) => useDealMutation((patch: TDealPatch) => api.patch<TDeal>(`/api/v1/deals/${id}`, patch));
export const useAddMilestone = (id: string) => useDealMutation((input: TMilestoneInput) => api.post<TDeal>(`/api/v1/deals/${id}/milestones`, input));
export const useChangeMilestone = (id: string) =>
  useDealMutation(({ milestoneId, ...patch }: TMilestonePatch & { milestoneId: string }) =>
    api.patch<TDeal>(`/api/v1/deals/${id}/milestones/${milestoneId}`, patch),
  );
export const useUploadDocument = (id: string) =>
  useDealMutation(({ file, name }: { file: File; name: string }) =>
    api.upload<TDeal>("POST", `/api/v1/deals/${id}/documents${name.trim() ? `?name=${encodeURIComponent(name.trim())}` : ""}`, "file", file),
  );
