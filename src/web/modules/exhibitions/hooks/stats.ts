import { useQuery } from "@tanstack/react-query";
import type { TForumStats } from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";

/** The dashboard is watched during the event: fresh every ten seconds, and on coming back to the tab. */
const POLL_MS = 10_000;

export const statsKey = (forumId: string) => ["forums", forumId, "stats"] as const;

export function useForumStats(forumId: string, enabled: boolean) {
  return useQuery({
    queryKey: statsKey(forumId),
    queryFn: () => api.get<TForumStats>(`/api/v1/forums/${forumId}/stats`),
    enabled: enabled && !!forumId,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: "always",
  });
}
