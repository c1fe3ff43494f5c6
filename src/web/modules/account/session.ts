import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TMe } from "../../../contracts/directory";
import { ApiError, api } from "../../api/client";
import { currentLanguage, switchLanguage } from "../../i18n";

export const ME_KEY = ["me"] as const;

/** The signed-in user, or null when signed out; a 401 is an answer here, not an error. */
async function fetchMe(): Promise<TMe | null> {
  try {
    return await api.get<TMe>("/api/v1/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

export type SignUpInput = { name: string; email: string; password: string };
export type SignInInput = { email: string; password: string };

/** After any change of session every cached answer may be about someone else; start over. */
function useResetAfterSessionChange() {
  const queryClient = useQueryClient();
  return async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "reference" });
    return queryClient.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe });
  };
}

export function useSignUp() {
  const reset = useResetAfterSessionChange();
  return useMutation({
    mutationFn: (input: SignUpInput) => api.post("/api/auth/sign-up/email", input),
    onSuccess: async () => {
      await reset();
      // A new account starts in the language its owner signed up in.
      await api.patch("/api/v1/me", { preferredLanguage: currentLanguage() }).catch(() => undefined);
    },
  });
}

export function useSignIn() {
  const reset = useResetAfterSessionChange();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post("/api/auth/sign-in/email", input),
    onSuccess: async () => {
      const me = await reset();
      // The account's language follows its owner from device to device.
      const preferred = me?.user.preferredLanguage;
      if (preferred && preferred !== currentLanguage()) await switchLanguage(preferred);
    },
  });
}

// Data other modules keep on the device for the signed-in person, forgotten when they sign out.
const signOutTasks: Array<() => Promise<void>> = [];
export const whenSigningOut = (task: () => Promise<void>) => void signOutTasks.push(task);

export function useSignOut() {
  const reset = useResetAfterSessionChange();
  return useMutation({
    mutationFn: async () => {
      await api.post("/api/auth/sign-out", {});
      await Promise.all(signOutTasks.map((task) => task().catch(() => undefined)));
    },
    onSuccess: reset,
  });
}

/** Owners and admins manage an organisation: its profile, and the forums it runs. */
export const managesOrganization = (membership: { role: string }) => membership.role === "owner" || membership.role === "admin";

/** True when the user is an owner or admin of the organisation (may edit its profile). */
export function canManageOrganization(me: TMe | null | undefined, organizationId: string): boolean {
  return !!me?.memberships.some((m) => m.organizationId === organizationId && managesOrganization(m));
}

/** True when the user belongs to the organisation in any role (may edit its products). */
export function isMemberOf(me: TMe | null | undefined, organizationId: string): boolean {
  return !!me?.memberships.some((m) => m.organizationId === organizationId);
}
