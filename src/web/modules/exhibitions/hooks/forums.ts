import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TForum, TForumInput, TProgrammeSession, ZForumPatch, ZSessionInput } from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";
import { forumKey } from "./forum";

type Page<T> = { items: T[]; nextCursor: string | null; total: number };
export type ForumPatch = z.input<typeof ZForumPatch>;
export type SessionInput = z.input<typeof ZSessionInput>;

export const programmeKey = (id: string | undefined) => ["forums", id, "programme"] as const;

export function useForums(when: "upcoming" | "past") {
  return useInfiniteQuery({
    queryKey: ["forums", "list", when],
    queryFn: ({ pageParam }) => api.get<Page<TForum>>("/api/v1/forums", { when, cursor: pageParam, limit: 12 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Any change to a forum may change every list it appears in, so all forum queries are refreshed. */
function useInvalidateForums() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["forums"] });
}

export function useCreateForum() {
  const invalidate = useInvalidateForums();
  return useMutation({ mutationFn: (input: TForumInput) => api.post<TForum>("/api/v1/forums", input), onSuccess: invalidate });
}

export function useUpdateForum(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateForums();
  return useMutation({
    mutationFn: (patch: ForumPatch) => api.patch<TForum>(`/api/v1/forums/${id}`, patch),
    onSuccess: async (forum) => {
      queryClient.setQueryData(forumKey(id), forum);
      await invalidate();
    },
  });
}

export function useDeleteForum(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/v1/forums/${id}`),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: forumKey(id) });
      await queryClient.invalidateQueries({ queryKey: ["forums", "list"] });
    },
  });
}

export function useProgramme(forumId: string | undefined) {
  return useQuery({
    queryKey: programmeKey(forumId),
    queryFn: async () => (await api.get<{ items: TProgrammeSession[] }>(`/api/v1/forums/${forumId}/programme`)).items,
    enabled: !!forumId,
  });
}

/** Adds a session, or edits one when `sessionId` is given; the programme is fetched again after. */
export function useSaveSession(forumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, input }: { sessionId?: string; input: SessionInput }) =>
      sessionId
        ? api.patch<TProgrammeSession>(`/api/v1/sessions/${sessionId}`, input)
        : api.post<TProgrammeSession>(`/api/v1/forums/${forumId}/programme`, input),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: programmeKey(forumId) }), queryClient.invalidateQueries({ queryKey: forumKey(forumId) })]),
  });
}

export function useDeleteSession(forumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => api.delete(`/api/v1/sessions/${sessionId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKey(forumId) }),
  });
}
