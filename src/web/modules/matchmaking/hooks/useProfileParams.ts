import { useSearchParams } from "react-router";
import { PROFILE_KINDS, type TProfileKind } from "../../../../contracts/matchmaking";
import type { ProfileFilters } from "./profiles";

const KEYS = ["q", "kind", "hs", "country"] as const;
const isKind = (value: string | null): value is TProfileKind => (PROFILE_KINDS as readonly string[]).includes(value ?? "");

/** The profile search lives in the URL, so a filtered list can be shared as it is. */
export function useProfileParams() {
  const [params, setParams] = useSearchParams();
  const kind = params.get("kind");
  const value: ProfileFilters = {
    q: params.get("q") ?? "",
    kind: isKind(kind) ? kind : undefined,
    hs: params.get("hs") || undefined,
    country: params.get("country") || undefined,
  };
  const update = (patch: Partial<ProfileFilters>) => {
    const next = { ...value, ...patch };
    const search = new URLSearchParams();
    for (const key of KEYS) {
      const v = next[key];
      if (v) search.set(key, v);
    }
    setParams(search, { replace: true });
  };
  return [value, update] as const;
}
