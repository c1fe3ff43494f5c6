import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TTour, ZNotifyResult, ZTourInput, ZTourPatch } from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";

export type TourInput = z.input<typeof ZTourInput>;
export type TourPatch = z.input<typeof ZTourPatch>;
export type NotifyResult = z.infer<typeof ZNotifyResult>;

export const toursKey = (forumId: string) => ["forums", forumId, "tours"] as const;
export const tourKey = (id: string | undefined) => ["tours", id] as const;

export function useTours(forumId: string) {
  return useQuery({
    queryKey: toursKey(forumId),
    queryFn: async () => (await api.get<{ items: TTour[] }>(`/api/v1/forums/${forumId}/tours`)).items,
    enabled: !!forumId,
  });
}

export function useTour(id: string | undefined) {
  return useQuery({ queryKey: tourKey(id), queryFn: () => api.get<TTour>(`/api/v1/tours/${id}`), enabled: !!id });
}

/** A saved tour is shown at once from the answer, and the list is fetched again. */
function useStoreTour(forumId: string) {
  const queryClient = useQueryClient();
  return (tour: TTour) => {
    queryClient.setQueryData(tourKey(tour.id), tour);
    return queryClient.invalidateQueries({ queryKey: toursKey(forumId) });
  };
}

export function useCreateTour(forumId: string) {
  const store = useStoreTour(forumId);
  return useMutation({ mutationFn: (input: TourInput) => api.post<TTour>(`/api/v1/forums/${forumId}/tours`, input), onSuccess: store });
}

export function useUpdateTour(forumId: string, id: string) {
  const store = useStoreTour(forumId);
  return useMutation({ mutationFn: (patch: TourPatch) => api.patch<TTour>(`/api/v1/tours/${id}`, patch), onSuccess: store });
}

export function useDeleteTour(forumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/tours/${id}`),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: tourKey(id) });
      return queryClient.invalidateQueries({ queryKey: toursKey(forumId) });
    },
  });
}

export function useNotifyTour(forumId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NotifyResult>(`/api/v1/tours/${id}/notify`),
    // The tour records when it was sent; show that.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: tourKey(id) }), queryClient.invalidateQueries({ queryKey: toursKey(forumId) })]),
  });
}
