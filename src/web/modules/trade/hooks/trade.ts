import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TJob } from "../../../../contracts/jobs";
import type { TBilateralView, TJurisdictionProfile, TTradeImportReport, TTradeOverview } from "../../../../contracts/trade";
import { api } from "../../../api/client";

// Trade figures change only when an administrator imports a dataset.
const STALE = 5 * 60_000;

export function useTradeOverview() {
  return useQuery({ queryKey: ["trade", "overview"], queryFn: () => api.get<TTradeOverview>("/api/v1/trade/datasets"), staleTime: STALE });
}

export function useJurisdictionProfile(code: string, year: number | undefined) {
  return useQuery({
    queryKey: ["trade", "profile", code, year],
    queryFn: () => api.get<TJurisdictionProfile>(`/api/v1/trade/profile/${code}`, { year }),
    staleTime: STALE,
    placeholderData: (previous) => (previous?.jurisdiction === code ? previous : undefined),
  });
}

export function useBilateralView(a: string, b: string, year: number | undefined) {
  return useQuery({
    queryKey: ["trade", "bilateral", a, b, year],
    queryFn: () => api.get<TBilateralView>("/api/v1/trade/bilateral", { a, b, year }),
    staleTime: STALE,
    placeholderData: (previous) => (previous?.a === a && previous?.b === b ? previous : undefined),
  });
}

export type ImportForm = { format: string; name: string; version: string; hsRevision: string; licence: string; maxRejectedShare: number; files: File[] };

export function useStartTradeImport() {
  return useMutation({
    mutationFn: async (form: ImportForm) => {
      const body = new FormData();
      for (const key of ["format", "name", "version", "hsRevision", "licence"] as const) body.append(key, form[key]);
      body.append("maxRejectedShare", String(form.maxRejectedShare));
      for (const file of form.files) body.append("file", file, file.name);
      return (await api.post<{ job: TJob }>("/api/v1/trade/imports", body)).job;
    },
  });
}

/** The report a finished import left as its job's result. */
export function useImportReport(job: TJob | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["trade", "import-report", job?.id],
    queryFn: async () => {
      const report = await api.get<TTradeImportReport>(job?.resultUrl as string);
      // A new dataset version changes every trade page.
      await queryClient.invalidateQueries({ queryKey: ["trade"], predicate: (query) => query.queryKey[1] !== "import-report" });
      return report;
    },
    enabled: job?.status === "done" && !!job.resultUrl,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
