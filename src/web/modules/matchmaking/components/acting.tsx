import { createContext, useContext, useState } from "react";
import type { TParticipant } from "../../../../contracts/matchmaking";

/**
 * The organisation the signed-in person acts for in a forum's meetings: the hub chooses it (one of
 * their organisations taking part) and every page under it reads it from here.
 */
const ActingContext = createContext<TParticipant | null>(null);
export const ActingProvider = ActingContext.Provider;

/** The acting participant, or null where nobody acts (signed out, or not taking part). */
export const useActingParticipant = () => useContext(ActingContext);

/** The acting participant where the hub guarantees one. */
export function useActing(): TParticipant {
  const acting = useContext(ActingContext);
  if (!acting) throw new Error("useActing is used outside the meetings hub");
  return acting;
}

const storageKey = (forumId: string) => `hamkori.meetings.acting.${forumId}`;

/** Which of several organisations the person last acted for in this forum, remembered on the device. */
export function useActingChoice(forumId: string) {
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return localStorage.getItem(storageKey(forumId));
    } catch {
      return null;
    }
  });
  const choose = (organizationId: string) => {
    setChosen(organizationId);
    try {
      localStorage.setItem(storageKey(forumId), organizationId);
    } catch {
      // Forgetting the choice on the next visit is acceptable.
    }
  };
  return [chosen, choose] as const;
}
