import { useMutation, useQuery } from "@tanstack/react-query";
import type { TRecommendation } from "../../../../contracts/matchmaking";
import { api } from "../../../api/client";
import { matchmakingKey, useRefreshMatchmaking } from "./matchmaking";

export function useRecommendations(forumId: string, organizationId: string) {
  return useQuery({
    queryKey: [...matchmakingKey(forumId), "recommendations", organizationId],
    queryFn: async () => (await api.get<{ items: TRecommendation[] }>(`/api/v1/forums/${forumId}/recommendations`, { organization: organizationId })).items,
  });
}

/** "Not interested", and its undo. The card goes at once; the list is fetched again afterwards. */
export function useDismissal(forumId: string, organizationId: string) {
  const refresh = useRefreshMatchmaking(forumId);
  const path = `/api/v1/forums/${forumId}/recommendations/dismissals`;
  const dismiss = useMutation({
    mutationFn: (dismissedOrganizationId: string) => api.post(path, { organizationId, dismissedOrganizationId }),
    onSuccess: refresh,
  });
  const undo = useMutation({
    mutationFn: (dismissedOrganizationId: string) => api.delete(path, { organizationId, dismissedOrganizationId }),
    onSuccess: refresh,
  });
  return { dismiss, undo };
}
