import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { z } from "zod";
import type { TImportReport, TRegistration, TVisitorCategory, ZOrganizerRegistrationInput, ZRegistrationPatch } from "../../../../contracts/exhibitions";
import type { TJob } from "../../../../contracts/jobs";
import { ApiError, api } from "../../../api/client";

export type RegistrationFilters = { q: string; category?: TVisitorCategory; checkedIn?: "yes" | "no" };
export type OrganizerRegistrationInput = z.input<typeof ZOrganizerRegistrationInput>;
export type RegistrationPatch = z.input<typeof ZRegistrationPatch>;

type Page<T> = { items: T[]; nextCursor: string | null; total: number };

const PAGE_SIZE = 25;
export const registrationsKey = (forumId: string) => ["forums", forumId, "registrations"] as const;

export function useRegistrationList(forumId: string, filters: RegistrationFilters) {
  return useInfiniteQuery({
    queryKey: [...registrationsKey(forumId), filters],
    queryFn: ({ pageParam }) => api.get<Page<TRegistration>>(`/api/v1/forums/${forumId}/registrations`, { ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Any change to registrations changes the list and the forum's figures. */
function useInvalidateRegistrations(forumId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["forums", forumId] });
}

export function useAddVisitor(forumId: string) {
  const invalidate = useInvalidateRegistrations(forumId);
  return useMutation({
    mutationFn: (input: OrganizerRegistrationInput) => api.post<TRegistration>(`/api/v1/forums/${forumId}/registrations/organiser`, input),
    onSuccess: invalidate,
  });
}

export function useUpdateRegistration(forumId: string) {
  const invalidate = useInvalidateRegistrations(forumId);
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: RegistrationPatch }) => api.patch<TRegistration>(`/api/v1/registrations/${id}`, patch),
    onSuccess: invalidate,
  });
}

/**
 * Sends a file with upload progress, which fetch cannot report; errors become the same ApiError
 * as every other call, so field errors and messages work alike.
 */
export function uploadWithProgress<T>(url: string, field: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, "network_error", undefined));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as T);
        return;
      }
      const problem = (body ?? {}) as { code?: string; detail?: string; title?: string; errors?: { field: string; message: string }[] };
      reject(new ApiError(request.status, problem.code ?? "error", problem.detail ?? problem.title, problem.errors ?? []));
    };
    const form = new FormData();
    form.append(field, file);
    request.send(form);
  });
}

/** Checks (commit=false) or saves (commit=true) a visitor file, reporting how much has been sent. */
export function useImportVisitors(forumId: string) {
  const invalidate = useInvalidateRegistrations(forumId);
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: ({ file, commit }: { file: File; commit: boolean }) => {
      setProgress(0);
      return uploadWithProgress<TImportReport>(`/api/v1/forums/${forumId}/registrations/import?commit=${commit}`, "file", file, setProgress);
    },
    onSuccess: (_report, { commit }) => (commit ? invalidate() : undefined),
  });
  return { ...mutation, progress };
}

export function useStartBadgeBatch(forumId: string) {
  return useMutation({
    mutationFn: (filter: { category?: TVisitorCategory; onlyNotCheckedIn: boolean }) => api.post<TJob>(`/api/v1/forums/${forumId}/badges/batch`, filter),
  });
}
