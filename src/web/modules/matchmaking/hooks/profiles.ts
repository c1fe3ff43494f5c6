import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TProfile, TProfileInput, TProfileKind } from "../../../../contracts/matchmaking";
import { api } from "../../../api/client";
import type { Page } from "./matchmaking";

export type ProfileFilters = { q: string; kind?: TProfileKind; hs?: string; country?: string };

export function useProfileSearch(forumId: string, filters: ProfileFilters) {
  return useInfiniteQuery({
    queryKey: ["profiles", "search", forumId, filters],
    queryFn: ({ pageParam }) => api.get<Page<TProfile>>("/api/v1/profiles", { forum: forumId, ...filters, cursor: pageParam, limit: 20 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: !!forumId,
  });
}

/** An organisation's own profiles, past ones included, for its members to manage. */
export function useOrganizationProfiles(organizationId: string) {
  return useQuery({
    queryKey: ["profiles", "organization", organizationId],
    queryFn: async () => (await api.get<Page<TProfile>>("/api/v1/profiles", { organization: organizationId, limit: 100 })).items,
    enabled: !!organizationId,
  });
}

/** Profiles feed recommendations everywhere; a change refetches both. */
function useRefreshProfiles() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ["profiles"] }), queryClient.invalidateQueries({ queryKey: ["matchmaking"] })]);
}

export function useSaveProfile(organizationId: string, profileId: string | undefined) {
  const refresh = useRefreshProfiles();
  return useMutation({
    mutationFn: (input: TProfileInput) =>
      profileId ? api.patch<TProfile>(`/api/v1/profiles/${profileId}`, input) : api.post<TProfile>(`/api/v1/organizations/${organizationId}/profiles`, input),
    onSuccess: refresh,
  });
}

export function useDeleteProfile() {
  const refresh = useRefreshProfiles();
  return useMutation({ mutationFn: (profileId: string) => api.delete(`/api/v1/profiles/${profileId}`), onSuccess: refresh });
}
