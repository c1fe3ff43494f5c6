import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useReducer } from "react";
import type { z } from "zod";
import type { THall, TPavilion, ZHallInput, ZHallPlanInput, ZPavilionInput, ZPavilionPatch } from "../../../../contracts/exhibitions";
import { api } from "../../../api/client";
import type { Draft } from "../components/floor-plan/editor/draft";
import { floorPlanKey, forumKey } from "./forum";

export type HallInput = z.input<typeof ZHallInput>;
export type HallPlanInput = z.input<typeof ZHallPlanInput>;
export type PavilionInput = z.input<typeof ZPavilionInput>;
export type PavilionPatch = z.input<typeof ZPavilionPatch>;

/** Every change to halls, booths or pavilions shows on the plan and in the forum's counts. */
function useRefreshPlan(forumId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: floorPlanKey(forumId) }), queryClient.invalidateQueries({ queryKey: forumKey(forumId) })]);
}

export function useCreateHall(forumId: string) {
  const refresh = useRefreshPlan(forumId);
  return useMutation({ mutationFn: (input: HallInput) => api.post<THall>(`/api/v1/forums/${forumId}/halls`, input), onSuccess: refresh });
}

export function useRenameHall(forumId: string) {
  const refresh = useRefreshPlan(forumId);
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: THall["name"] }) => api.patch<THall>(`/api/v1/halls/${id}`, { name }),
    onSuccess: refresh,
  });
}

export function useDeleteHall(forumId: string) {
  const refresh = useRefreshPlan(forumId);
  return useMutation({ mutationFn: (id: string) => api.delete(`/api/v1/halls/${id}`), onSuccess: refresh });
}

export function useSaveHallPlan(forumId: string) {
  const refresh = useRefreshPlan(forumId);
  return useMutation({
    mutationFn: ({ id, plan }: { id: string; plan: HallPlanInput }) => api.put<THall>(`/api/v1/halls/${id}/plan`, plan),
    onSuccess: refresh,
  });
}

export function useSavePavilion(forumId: string) {
  const refresh = useRefreshPlan(forumId);
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: PavilionInput }) =>
      id ? api.patch<TPavilion>(`/api/v1/pavilions/${id}`, input satisfies PavilionPatch) : api.post<TPavilion>(`/api/v1/forums/${forumId}/pavilions`, input),
    onSuccess: refresh,
  });
}

export function useDeletePavilion(forumId: string) {
  const refresh = useRefreshPlan(forumId);
  return useMutation({ mutationFn: (id: string) => api.delete(`/api/v1/pavilions/${id}`), onSuccess: refresh });
}

/** How many edits can be undone; a plan edit is small, so this costs little memory. */
const UNDO_DEPTH = 30;

type History = { past: Draft[]; present: Draft | null; saved: Draft | null };
type Action = { kind: "load"; draft: Draft } | { kind: "edit"; draft: Draft } | { kind: "undo" } | { kind: "saved" };

function reduce(state: History, action: Action): History {
  switch (action.kind) {
    case "load":
      return { past: [], present: action.draft, saved: action.draft };
    case "edit":
      if (!state.present || action.draft === state.present) return state;
      return { ...state, past: [...state.past, state.present].slice(-UNDO_DEPTH), present: action.draft };
    case "undo":
      return state.past.length ? { ...state, past: state.past.slice(0, -1), present: state.past[state.past.length - 1] } : state;
    case "saved":
      return { ...state, saved: state.present };
  }
}

/** The hall being edited, with undo and whether it differs from what was last loaded or saved. */
export function useHallDraft() {
  const [state, dispatch] = useReducer(reduce, { past: [], present: null, saved: null });
  return {
    draft: state.present,
    canUndo: state.past.length > 0,
    dirty: state.present !== state.saved,
    load: useCallback((draft: Draft) => dispatch({ kind: "load", draft }), []),
    edit: useCallback((draft: Draft) => dispatch({ kind: "edit", draft }), []),
    undo: useCallback(() => dispatch({ kind: "undo" }), []),
    markSaved: useCallback(() => dispatch({ kind: "saved" }), []),
  };
}
