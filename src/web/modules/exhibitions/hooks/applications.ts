import { keepPreviousData, useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TProduct } from "../../../../contracts/directory";
import type {
  TApplication,
  TApplicationStatus,
  TExhibitor,
  TRegistration,
  ZApplicationDecision,
  ZApplicationInput,
  ZStaffInput,
} from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";
import { floorPlanKey, forumKey } from "./forum";

type Page<T> = { items: T[]; nextCursor: string | null; total: number };
export type ApplicationInput = z.input<typeof ZApplicationInput>;
export type ApplicationDecision = z.input<typeof ZApplicationDecision>;
export type StaffInput = z.input<typeof ZStaffInput>;

export const applicationKey = (id: string | undefined) => ["applications", id] as const;

export function useApplication(id: string | undefined) {
  return useQuery({ queryKey: applicationKey(id), queryFn: () => api.get<TApplication>(`/api/v1/applications/${id}`), enabled: !!id });
}

/** The applications to one forum of any of the given organisations (the viewer's). */
export function useMyForumApplications(forumId: string, organizationIds: string[]) {
  return useQueries({
    queries: organizationIds.map((organizationId) => ({
      queryKey: ["applications", "organization", organizationId],
      queryFn: async () => (await api.get<Page<TApplication>>(`/api/v1/organizations/${organizationId}/applications`, { limit: 100 })).items,
    })),
    combine: (results) => ({
      applications: results.flatMap((result) => result.data ?? []).filter((application) => application.forumId === forumId),
      pending: results.some((result) => result.isPending),
    }),
  });
}

export function useForumApplications(forumId: string, status: TApplicationStatus) {
  return useInfiniteQuery({
    queryKey: ["applications", "forum", forumId, status],
    queryFn: ({ pageParam }) => api.get<Page<TApplication>>(`/api/v1/forums/${forumId}/applications`, { status, cursor: pageParam, limit: 20 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The products an organisation may show at its booth. */
export function useOrganizationProducts(organizationId: string | null | undefined) {
  return useQuery({
    queryKey: ["products", "organization", organizationId],
    queryFn: async () => (await api.get<Page<TProduct>>("/api/v1/products", { organizationId, limit: 100 })).items,
    enabled: !!organizationId,
  });
}

export type ExhibitorFilters = { q: string; pavilionId?: string; country?: string; sector?: string; hs?: string };

export function useExhibitors(forumId: string, filters: ExhibitorFilters) {
  return useInfiniteQuery({
    queryKey: ["forums", forumId, "exhibitors", filters],
    queryFn: ({ pageParam }) => api.get<Page<TExhibitor>>(`/api/v1/forums/${forumId}/exhibitors`, { ...filters, cursor: pageParam, limit: 20 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * Every application change moves booths between free, reserved and sold, and changes the
 * forum's counts and catalogue; those are fetched again rather than guessed.
 */
function useRefreshAfterApplicationChange(forumId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["applications"] }),
      queryClient.invalidateQueries({ queryKey: floorPlanKey(forumId) }),
      queryClient.invalidateQueries({ queryKey: forumKey(forumId) }),
      queryClient.invalidateQueries({ queryKey: ["forums", forumId, "exhibitors"] }),
    ]);
}

export function useApply(forumId: string) {
  const refresh = useRefreshAfterApplicationChange(forumId);
  return useMutation({ mutationFn: (input: ApplicationInput) => api.post<TApplication>(`/api/v1/forums/${forumId}/applications`, input), onSuccess: refresh });
}

export function useDecide(forumId: string) {
  const refresh = useRefreshAfterApplicationChange(forumId);
  return useMutation({
    mutationFn: ({ applicationId, decision }: { applicationId: string; decision: ApplicationDecision }) =>
      api.post<TApplication>(`/api/v1/applications/${applicationId}/decision`, decision),
    onSettled: refresh,
  });
}

export function useAssignBooth(forumId: string) {
  const refresh = useRefreshAfterApplicationChange(forumId);
  return useMutation({
    mutationFn: ({ applicationId, boothId }: { applicationId: string; boothId: string | null }) =>
      api.put<TApplication>(`/api/v1/applications/${applicationId}/booth`, { boothId }),
    onSettled: refresh,
  });
}

export function useWithdraw(forumId: string) {
  const refresh = useRefreshAfterApplicationChange(forumId);
  return useMutation({ mutationFn: (applicationId: string) => api.post<TApplication>(`/api/v1/applications/${applicationId}/withdraw`), onSettled: refresh });
}

const staffKey = (applicationId: string) => ["applications", applicationId, "staff"] as const;

export function useStaff(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: staffKey(applicationId),
    queryFn: async () => (await api.get<{ items: TRegistration[] }>(`/api/v1/applications/${applicationId}/staff`)).items,
    enabled,
  });
}

export function useAddStaff(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffInput) => api.post<TRegistration>(`/api/v1/applications/${applicationId}/staff`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey(applicationId) }),
  });
}

export function useRemoveStaff(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) => api.delete(`/api/v1/registrations/${registrationId}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffKey(applicationId) }),
  });
}
