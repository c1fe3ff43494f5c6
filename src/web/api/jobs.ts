import { useQuery } from "@tanstack/react-query";
import type { TJob } from "../../contracts/jobs";
import { api } from "./client";

const FINISHED: TJob["status"][] = ["done", "failed", "cancelled"];

/** A background job, asked about every second until it has finished. */
export function useJob(jobId: string | null) {
  return useQuery({
    queryKey: ["jobs", jobId],
    queryFn: () => api.get<TJob>(`/api/v1/jobs/${jobId}`),
    enabled: !!jobId,
    refetchInterval: (query) => (query.state.data && FINISHED.includes(query.state.data.status) ? false : 1_000),
  });
}
