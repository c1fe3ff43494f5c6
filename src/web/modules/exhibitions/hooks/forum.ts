import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import type { TFloorPlan, TForum } from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";

export const forumKey = (id: string | undefined) => ["forums", id] as const;
export const floorPlanKey = (id: string | undefined) => ["forums", id, "floor-plan"] as const;

/** The forum of the current `/forums/:id/…` page. */
export function useForumId(): string {
  const { id } = useParams();
  return id ?? "";
}

export function useForum(id: string | undefined) {
  return useQuery({ queryKey: forumKey(id), queryFn: () => api.get<TForum>(`/api/v1/forums/${id}`), enabled: !!id });
}

export function useFloorPlan(id: string | undefined) {
  return useQuery({ queryKey: floorPlanKey(id), queryFn: () => api.get<TFloorPlan>(`/api/v1/forums/${id}/floor-plan`), enabled: !!id });
}
