import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { TRegistration, ZRegistrationInput } from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";

export type RegistrationInput = z.input<typeof ZRegistrationInput>;
const MY_REGISTRATIONS = ["registrations", "mine"] as const;

export function useRegister(forumId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrationInput) => api.post<TRegistration>(`/api/v1/forums/${forumId}/registrations`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_REGISTRATIONS }),
  });
}

export function useMyRegistrations(enabled = true) {
  return useQuery({
    queryKey: MY_REGISTRATIONS,
    queryFn: async () => (await api.get<{ items: TRegistration[] }>("/api/v1/me/registrations", { limit: 100 })).items,
    enabled,
  });
}
