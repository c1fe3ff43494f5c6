import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TOrganizationSummary } from "../../../../contracts/directory";
import type {
  TMatchmakingSettings,
  TMatchmakingSettingsInput,
  TMatchmakingStats,
  TMeetingRequest,
  TParticipant,
  TParticipantCategory,
  TRequestStatus,
  TScheduleRun,
  ZPublishResult,
  ZScheduleRunInput,
  ZScheduleRunStarted,
} from "../../../../contracts/matchmaking";
import { ApiError, api } from "../../../api/client";

type Page<T> = { items: T[]; nextCursor: string | null; total: number };
export type ScheduleRunInput = z.input<typeof ZScheduleRunInput>;
type ScheduleRunStarted = z.infer<typeof ZScheduleRunStarted>;
type PublishResult = z.infer<typeof ZPublishResult>;
export type ParticipantFilters = { q: string; category?: TParticipantCategory; country?: string };

const PAGE_SIZE = 25;

// Everything of the desk sits under the forum's key, so one invalidation refreshes figures and lists.
const deskKey = (forumId: string) => ["forums", forumId, "matchmaking-desk"] as const;
const settingsKey = (forumId: string) => [...deskKey(forumId), "settings"] as const;
const statsKey = (forumId: string) => [...deskKey(forumId), "stats"] as const;
const participantsKey = (forumId: string) => [...deskKey(forumId), "participants"] as const;
const requestsKey = (forumId: string) => [...deskKey(forumId), "requests"] as const;
const latestRunKey = (forumId: string) => [...deskKey(forumId), "runs", "latest"] as const;
const runKey = (forumId: string, runId: string | null) => [...deskKey(forumId), "runs", runId] as const;

/** A 404 means "none yet" for things a forum may not have: settings before the first save, a first run. */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return (await promise) ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useMatchmakingSettings(forumId: string) {
  return useQuery({
    queryKey: settingsKey(forumId),
    queryFn: () => orNull(api.get<TMatchmakingSettings>(`/api/v1/forums/${forumId}/matchmaking`)),
    enabled: !!forumId,
  });
}

export function useSaveMatchmakingSettings(forumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TMatchmakingSettingsInput) => api.put<TMatchmakingSettings>(`/api/v1/forums/${forumId}/matchmaking`, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKey(forumId), saved);
      void queryClient.invalidateQueries({ queryKey: deskKey(forumId) });
    },
  });
}

/** Figures change all through the forum; a minute-old count is fine for planning. */
export function useMatchmakingStats(forumId: string) {
  return useQuery({
    queryKey: statsKey(forumId),
    queryFn: () => api.get<TMatchmakingStats>(`/api/v1/forums/${forumId}/matchmaking/stats`),
    enabled: !!forumId,
    refetchInterval: 30_000,
  });
}

export function useParticipantList(forumId: string, filters: ParticipantFilters) {
  return useInfiniteQuery({
    queryKey: [...participantsKey(forumId), filters],
    queryFn: ({ pageParam }) => api.get<Page<TParticipant>>(`/api/v1/forums/${forumId}/participants`, { ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: !!forumId,
  });
}

function useInvalidateDesk(forumId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: deskKey(forumId) });
}

export function useAddParticipant(forumId: string) {
  const invalidate = useInvalidateDesk(forumId);
  return useMutation({
    mutationFn: (input: { organizationId: string; category: TParticipantCategory }) => api.post<TParticipant>(`/api/v1/forums/${forumId}/participants`, input),
    onSuccess: invalidate,
  });
}

export function useChangeParticipantCategory(forumId: string) {
  const invalidate = useInvalidateDesk(forumId);
  return useMutation({
    mutationFn: ({ organizationId, category }: { organizationId: string; category: TParticipantCategory }) =>
      api.patch<TParticipant>(`/api/v1/forums/${forumId}/participants/${organizationId}`, { category }),
    onSuccess: invalidate,
  });
}

export function useRemoveParticipant(forumId: string) {
  const invalidate = useInvalidateDesk(forumId);
  return useMutation({
    mutationFn: (organizationId: string) => api.delete(`/api/v1/forums/${forumId}/participants/${organizationId}`),
    onSuccess: invalidate,
  });
}

/** Organisations of the directory whose name matches, for choosing one to add. */
export function useOrganizationOptions(q: string) {
  return useQuery({
    queryKey: ["organizations", "search", "options", q],
    queryFn: async () => (await api.get<Page<TOrganizationSummary>>("/api/v1/organizations", { q, limit: 20 })).items,
    placeholderData: keepPreviousData,
  });
}

export function useMeetingRequestList(forumId: string, status: TRequestStatus | null) {
  return useInfiniteQuery({
    queryKey: [...requestsKey(forumId), status],
    queryFn: ({ pageParam }) =>
      api.get<Page<TMeetingRequest>>(`/api/v1/forums/${forumId}/meeting-requests`, { box: "all", status, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: !!forumId,
  });
}

export function useSetRequestPriority(forumId: string) {
  const invalidate = useInvalidateDesk(forumId);
  return useMutation({
    mutationFn: ({ id, priority }: { id: string; priority: number }) => api.patch<TMeetingRequest>(`/api/v1/meeting-requests/${id}`, { priority }),
    onSuccess: invalidate,
  });
}

/** The newest run of the scheduler, or null before the first. */
export function useLatestScheduleRun(forumId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: latestRunKey(forumId),
    queryFn: async () => {
      const run = await orNull(api.get<TScheduleRun>(`/api/v1/forums/${forumId}/schedule-runs/latest`));
      // The same run asked for by its id needs no second request.
      if (run) queryClient.setQueryData(runKey(forumId, run.id), run);
      return run;
    },
    enabled: !!forumId,
  });
}

/** One run, asked about every second and a half while the scheduler works on it. */
export function useScheduleRun(forumId: string, runId: string | null) {
  return useQuery({
    queryKey: runKey(forumId, runId),
    queryFn: () => api.get<TScheduleRun>(`/api/v1/forums/${forumId}/schedule-runs/${runId}`),
    enabled: !!forumId && !!runId,
    staleTime: 5_000,
    refetchInterval: (query) => (query.state.data?.status === "running" ? 1_500 : false),
  });
}

export function useStartSchedule(forumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ScheduleRunInput) => api.post<ScheduleRunStarted>(`/api/v1/forums/${forumId}/schedule`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: latestRunKey(forumId) }),
  });
}

export function usePublishSchedule(forumId: string) {
  const invalidate = useInvalidateDesk(forumId);
  return useMutation({
    mutationFn: (runId: string) => api.post<PublishResult>(`/api/v1/forums/${forumId}/schedule-runs/${runId}/publish`),
    onSuccess: invalidate,
  });
}

/** Refreshes a run and the figures once its job has finished. */
export function useRefreshRun(forumId: string) {
  const queryClient = useQueryClient();
  return (runId: string) => {
    void queryClient.invalidateQueries({ queryKey: runKey(forumId, runId) });
    void queryClient.invalidateQueries({ queryKey: latestRunKey(forumId) });
    void queryClient.invalidateQueries({ queryKey: statsKey(forumId) });
  };
}
