import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TAgenda } from "../../../../contracts/cooperation";
import { api } from "../../../api/client";

const AGENDAS = ["cooperation", "agendas"] as const;
type AgendaSummary = Pick<TAgenda, "id" | "a" | "b" | "title" | "priorityAreas">;

export function useAgendas() {
  return useQuery({ queryKey: [...AGENDAS, "list"], queryFn: async () => (await api.get<{ items: AgendaSummary[] }>("/api/v1/agendas")).items });
}

export function useAgenda(id: string | null) {
  return useQuery({ queryKey: [...AGENDAS, "one", id], queryFn: () => api.get<TAgenda>(`/api/v1/agendas/${id}`), enabled: Boolean(id) });
}

/** Changes answer with the whole agenda, which replaces the cached one. */
function useAgendaMutation<Input>(send: (input: Input) => Promise<TAgenda>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: (agenda) => queryClient.setQueryData([...AGENDAS, "one", agenda.id], agenda) });
}

export const useChangeCommitment = () =>
  useAgendaMutation(({ id, status }: { id: string; status: TAgenda["commitments"][number]["status"] }) =>
    api.patch<TAgenda>(`/api/v1/commitments/${id}`, { status }),
  );
export const useLinkDeal = () =>
  useAgendaMutation(({ commitmentId, dealId }: { commitmentId: string; dealId: string }) =>
    api.post<TAgenda>(`/api/v1/commitments/${commitmentId}/deals`, { dealId }),
  );

export const useRemindOwners = (agendaId: string) => useMutation({ mutationFn: () => api.post<{ sent: number }>(`/api/v1/agendas/${agendaId}/reminders`) });

export const useAddToAgenda = (agendaId: string, path: "meetings" | "commitments" | "targets") =>
  useAgendaMutation((body: unknown) => api.post<TAgenda>(`/api/v1/agendas/${agendaId}/${path}`, body));
