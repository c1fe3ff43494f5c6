import { useMutation, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { TAgenda, TMeeting, ZAttendance, ZOutcomeInput, ZSpotMeetingInput } from "../../../../contracts/matchmaking";
import { api } from "../../../api/client";
import { matchmakingKey, useRefreshMatchmaking } from "./matchmaking";

export type OutcomeInput = z.input<typeof ZOutcomeInput>;
export type SpotMeetingInput = z.input<typeof ZSpotMeetingInput>;
export type Attendance = z.infer<typeof ZAttendance>;

export function useAgenda(forumId: string, organizationId: string) {
  return useQuery({
    queryKey: [...matchmakingKey(forumId), "agenda", organizationId],
    queryFn: () => api.get<TAgenda>(`/api/v1/forums/${forumId}/agenda`, { participant: organizationId }),
  });
}

export function useSetAttendance(forumId: string) {
  const refresh = useRefreshMatchmaking(forumId);
  return useMutation({
    mutationFn: ({ meetingId, attendance }: { meetingId: string; attendance: Attendance }) =>
      api.post<TMeeting>(`/api/v1/meetings/${meetingId}/attendance`, { attendance }),
    onSuccess: refresh,
  });
}

export function useRecordOutcome(forumId: string) {
  const refresh = useRefreshMatchmaking(forumId);
  return useMutation({
    mutationFn: ({ meetingId, outcome }: { meetingId: string; outcome: OutcomeInput }) => api.post<TMeeting>(`/api/v1/meetings/${meetingId}/outcome`, outcome),
    onSuccess: refresh,
  });
}

/** A meeting booked into a free slot on the day. */
export function useBookSpotMeeting(forumId: string) {
  const refresh = useRefreshMatchmaking(forumId);
  return useMutation({ mutationFn: (input: SpotMeetingInput) => api.post<TMeeting>(`/api/v1/forums/${forumId}/meetings`, input), onSuccess: refresh });
}
