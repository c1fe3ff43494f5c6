import { keepPreviousData, useInfiniteQuery, useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import type { TMeetingRequest, ZAcceptInput, ZDeclineInput, ZMeetingRequestInput, ZProposeInput } from "../../../../contracts/matchmaking";
import { api } from "../../../api/client";
import { matchmakingKey, type Page, useRefreshMatchmaking } from "./matchmaking";

export type MeetingRequestInput = z.input<typeof ZMeetingRequestInput>;
export type RequestBox = "incoming" | "outgoing";

export function useMeetingRequests(forumId: string, organizationId: string, box: RequestBox, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...matchmakingKey(forumId), "requests", organizationId, box],
    queryFn: ({ pageParam }) =>
      api.get<Page<TMeetingRequest>>(`/api/v1/forums/${forumId}/meeting-requests`, { organization: organizationId, box, cursor: pageParam, limit: 20 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: enabled && !!organizationId,
  });
}

export function useSendMeetingRequest(forumId: string) {
  const refresh = useRefreshMatchmaking(forumId);
  return useMutation({ mutationFn: (input: MeetingRequestInput) => api.post<TMeetingRequest>("/api/v1/meeting-requests", input), onSuccess: refresh });
}

/** The answers to a request: each changes requests, recommendations and the agenda, so all are refetched. */
export type RequestAnswer =
  | { action: "accept"; body: z.input<typeof ZAcceptInput> }
  | { action: "decline"; body: z.input<typeof ZDeclineInput> }
  | { action: "propose"; body: z.input<typeof ZProposeInput> }
  | { action: "cancel"; body: Record<string, never> };

export function useAnswerRequest(forumId: string) {
  const refresh = useRefreshMatchmaking(forumId);
  return useMutation({
    mutationFn: ({ requestId, answer }: { requestId: string; answer: RequestAnswer }) =>
      api.post<TMeetingRequest>(`/api/v1/meeting-requests/${requestId}/${answer.action}`, answer.body),
    onSuccess: refresh,
  });
}
