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

/** Where a part of an agenda is added (under the agenda) and where it is changed or removed (by its own id). */
export type AgendaPart = "meetings" | "commitments" | "targets";
const PART_PATH: Record<AgendaPart, string> = { meetings: "agenda-meetings", commitments: "commitments", targets: "agenda-targets" };

/** Adds a part, or changes the one with `id`. */
export const useSaveAgendaPart = (agendaId: string, part: AgendaPart) =>
  useAgendaMutation(({ id, body }: { id: string | null; body: unknown }) =>
    id ? api.patch<TAgenda>(`/api/v1/${PART_PATH[part]}/${id}`, body) : api.post<TAgenda>(`/api/v1/agendas/${agendaId}/${part}`, body),
  );

export const useRemoveAgendaPart = (part: AgendaPart) => useAgendaMutation((id: string) => api.delete<TAgenda>(`/api/v1/${PART_PATH[part]}/${id}`));

export const useChangeAgenda = (agendaId: string) =>
  useAgendaMutation((patch: { title?: Record<string, string>; priorityAreas?: string[] }) => api.patch<TAgenda>(`/api/v1/agendas/${agendaId}`, patch));

export function useRemoveAgenda(agendaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(`/api/v1/agendas/${agendaId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...AGENDAS, "list"] }),
  });
}
