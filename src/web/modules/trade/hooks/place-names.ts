import { useQueries } from "@tanstack/react-query";
import { useCallback } from "react";
import type { TJurisdiction } from "../../../../contracts/reference";
import { api } from "../../../api/client";
import { useLanguage } from "../../../ui/useLanguage";
import { useCountries } from "../../directory/hooks/reference";

/**
 * Names of countries and regions in the reader's language: "Tajikistan", "Татарстан". Regions
 * are loaded per country, only for the countries whose regions appear among `codes`.
 */
export function usePlaceNames(codes: string[]) {
  const language = useLanguage();
  const countries = useCountries();
  const regionCountries = [...new Set(codes.filter((code) => code.includes("-")).map((code) => code.slice(0, 2)))].sort();
  const regions = useQueries({
    queries: regionCountries.map((country) => ({
      queryKey: ["reference", "regions", country],
      queryFn: async () => (await api.get<{ items: TJurisdiction[] }>("/api/v1/jurisdictions", { country, kind: "region", limit: 300 })).items,
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const regionList = regions.flatMap((query) => query.data ?? []);
  const all = [...(countries.data ?? []), ...regionList];
  const key = all.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the lists only grow; their length says when they changed
  return useCallback(
    (code: string) => {
      const place = all.find((j) => j.code === code);
      return place ? place.names[language] || place.names.en : code;
    },
    [key, language],
  );
}
