import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TMatchmakingSettings, TParticipant, ZParticipantJoin } from "../../../../contracts/matchmaking";
import { api } from "../../../api/client";

export type Page<T> = { items: T[]; nextCursor: string | null; total: number };
export type ParticipantJoin = z.input<typeof ZParticipantJoin>;

/** Everything about one forum's matchmaking shares this prefix, so a change can refresh it all at once. */
export const matchmakingKey = (forumId: string) => ["matchmaking", forumId] as const;

/** Refetches the forum's matchmaking answers (requests, agenda, recommendations) after a change. */
export function useRefreshMatchmaking(forumId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: matchmakingKey(forumId) });
}

export function useMatchmakingSettings(forumId: string) {
  return useQuery({
    queryKey: [...matchmakingKey(forumId), "settings"],
    queryFn: () => api.get<TMatchmakingSettings>(`/api/v1/forums/${forumId}/matchmaking`),
    enabled: !!forumId,
  });
}

// A forum has a few hundred participants at most: the pickers need all of them, so every page is read.
const MAX_PAGES = 20;

async function fetchAllParticipants(forumId: string): Promise<TParticipant[]> {
  const items: TParticipant[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await api.get<Page<TParticipant>>(`/api/v1/forums/${forumId}/participants`, { cursor, limit: 100 });
    items.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}

/** Every participant of the forum's matchmaking. */
export function useForumParticipants(forumId: string, enabled = true) {
  return useQuery({
    queryKey: [...matchmakingKey(forumId), "participants"],
    queryFn: () => fetchAllParticipants(forumId),
    enabled: !!forumId && enabled,
  });
}

export function useJoinMatchmaking(forumId: string) {
  const refresh = useRefreshMatchmaking(forumId);
  return useMutation({
    mutationFn: (input: ParticipantJoin) => api.post<TParticipant>(`/api/v1/forums/${forumId}/participants`, input),
    onSuccess: refresh,
  });
}

const unavailabilityKey = (forumId: string, organizationId: string) => [...matchmakingKey(forumId), "unavailability", organizationId] as const;

export function useUnavailability(forumId: string, organizationId: string) {
  return useQuery({
    queryKey: unavailabilityKey(forumId, organizationId),
    queryFn: () => api.get<{ slots: string[] }>(`/api/v1/forums/${forumId}/participants/${organizationId}/unavailability`),
  });
}

export function useSaveUnavailability(forumId: string, organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (slots: string[]) => api.put<{ slots: string[] }>(`/api/v1/forums/${forumId}/participants/${organizationId}/unavailability`, { slots }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(unavailabilityKey(forumId, organizationId), saved ?? undefined);
      // Free slots in the agenda depend on this.
      await queryClient.invalidateQueries({ queryKey: [...matchmakingKey(forumId), "agenda"] });
    },
  });
}
