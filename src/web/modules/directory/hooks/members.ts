import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TInvitation, TMember, TMemberRole } from "../../../../contracts/directory";
import { api } from "../../../api/client";
import { ME_KEY } from "../../account/session";

type Items<T> = { items: T[] };

export function useMembers(organizationId: string) {
  return useQuery({
    queryKey: ["organizations", organizationId, "members"],
    queryFn: async () => (await api.get<Items<TMember>>(`/api/v1/organizations/${organizationId}/members`)).items,
  });
}

export function useOrganizationInvitations(organizationId: string) {
  return useQuery({
    queryKey: ["organizations", organizationId, "invitations"],
    queryFn: async () => (await api.get<Items<TInvitation>>(`/api/v1/organizations/${organizationId}/invitations`)).items,
  });
}

/** Member and invitation changes; each refreshes the lists (and "me", whose roles may change). */
export function useMemberActions(organizationId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ["organizations", organizationId] }), queryClient.invalidateQueries({ queryKey: ME_KEY })]);
  const base = `/api/v1/organizations/${organizationId}`;
  return {
    update: useMutation({
      mutationFn: ({ memberId, ...patch }: { memberId: string; role?: TMemberRole; jobTitle?: string | null }) =>
        api.patch<TMember>(`${base}/members/${memberId}`, patch),
      onSettled: refresh,
    }),
    remove: useMutation({ mutationFn: (memberId: string) => api.delete(`${base}/members/${memberId}`), onSettled: refresh }),
    invite: useMutation({
      mutationFn: (input: { email: string; role: TMemberRole }) => api.post<TInvitation>(`${base}/invitations`, input),
      onSuccess: refresh,
    }),
    cancel: useMutation({ mutationFn: (invitationId: string) => api.delete(`${base}/invitations/${invitationId}`), onSettled: refresh }),
  };
}
