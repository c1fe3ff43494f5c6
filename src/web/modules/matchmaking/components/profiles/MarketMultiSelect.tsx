import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TJurisdiction } from "../../../../../contracts/reference";
import { api } from "../../../../api/client";
import { SearchableMultiSelect, type SelectFieldProps } from "../../../../ui/SearchableSelect";
import { useLanguage } from "../../../../ui/useLanguage";
import { useCountries } from "../../../directory/hooks/reference";

// Regions worth aiming at one by one: Russia's republics (Tatarstan…) and the partners' own regions.
const REGION_COUNTRIES = ["RU", "TJ", "KG", "KZ", "UZ"];
const forever = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY };

/** Countries and the regions of the partner countries, as a profile's target markets. */
export function MarketMultiSelect({ max, ...props }: SelectFieldProps<string[]> & { max: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useCountries();
  // The same cache entries as the directory's region selects.
  const regions = useQueries({
    queries: REGION_COUNTRIES.map((country) => ({
      queryKey: ["reference", "regions", country],
      queryFn: async () => (await api.get<{ items: TJurisdiction[] }>("/api/v1/jurisdictions", { country, kind: "region", limit: 300 })).items,
      ...forever,
    })),
  });
  // A few hundred names: cheap enough to arrange on every render.
  const name = (j: TJurisdiction) => j.names[language] || j.names.en;
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, language);
  const countryName = (code: string) => countries.data?.find((c) => c.code === code);
  const groups = [
    { group: t("matchmaking.profileForm.countries"), items: (countries.data ?? []).map((c) => ({ value: c.code, label: name(c) })).sort(byName) },
  ];
  REGION_COUNTRIES.forEach((code, index) => {
    const list = regions[index].data;
    const country = countryName(code);
    if (!list?.length) return;
    groups.push({
      group: t("matchmaking.profileForm.regionsOf", { country: country ? name(country) : code }),
      items: list.map((r) => ({ value: r.code, label: name(r) })).sort(byName),
    });
  });
  // Codes saved earlier that no list has stay visible, so editing never drops them silently.
  const known = new Set(groups.flatMap((g) => g.items.map((i) => i.value)));
  const unknown = props.value.filter((code) => !known.has(code)).map((code) => ({ value: code, label: code }));
  if (unknown.length) groups.push({ group: t("matchmaking.profileForm.otherMarkets"), items: unknown });
  return (
    <SearchableMultiSelect
      {...props}
      data={groups}
      maxValues={max}
      emptyPlaceholder={t("matchmaking.profileForm.chooseMarkets")}
      data-testid="profile-markets"
    />
  );
}
