import type { ComboboxData } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../../../contracts/common";
import type { TJurisdiction } from "../../../../contracts/reference";
import { SearchableMultiSelect, SearchableSelect, type SelectFieldProps } from "../../../ui/SearchableSelect";
import { useLanguage } from "../../../ui/useLanguage";
import { useCountries, useRegions } from "../hooks/reference";

// The countries Hamkori's users trade with most come first; the rest follow alphabetically.
const PARTNERS = ["TJ", "KG", "RU", "KZ", "UZ", "CN", "TR", "AF", "IR", "BY"];

function countryOptions(countries: TJurisdiction[] | undefined, language: TLanguage, partnersLabel: string, othersLabel: string): ComboboxData {
  if (!countries) return [];
  const option = (c: TJurisdiction) => ({ value: c.code, label: c.names[language] || c.names.en });
  const partners = PARTNERS.map((code) => countries.find((c) => c.code === code))
    .filter((c): c is TJurisdiction => !!c)
    .map(option);
  const others = countries
    .filter((c) => !PARTNERS.includes(c.code))
    .map(option)
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return [
    { group: partnersLabel, items: partners },
    { group: othersLabel, items: others },
  ];
}

function useCountryOptions() {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useCountries();
  const data = useMemo(() => countryOptions(countries.data, language, t("geo.partners"), t("geo.otherCountries")), [countries.data, language, t]);
  return { data, loading: countries.isPending };
}

type SingleProps = SelectFieldProps<string | null> & { required?: boolean; clearable?: boolean; placeholder?: string };

export function CountrySelect({ placeholder, ...props }: SingleProps) {
  const { t } = useTranslation();
  const { data, loading } = useCountryOptions();
  return <SearchableSelect {...props} data={data} placeholder={loading ? t("common.loading") : (placeholder ?? t("geo.chooseCountry"))} />;
}

export function CountryMultiSelect(props: SelectFieldProps<string[]>) {
  const { t } = useTranslation();
  const { data } = useCountryOptions();
  return <SearchableMultiSelect {...props} data={data} emptyPlaceholder={t("geo.chooseCountries")} />;
}

/** Regions of the chosen country only, so a region can never contradict its country. */
export function RegionSelect({ country, clearable = true, ...props }: SingleProps & { country: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions(country);
  const data = useMemo(
    () => (regions.data ?? []).map((r) => ({ value: r.code, label: r.names[language] || r.names.en })).sort((a, b) => a.label.localeCompare(b.label, language)),
    [regions.data, language],
  );
  const none = !!country && regions.isSuccess && data.length === 0;
  return (
    <SearchableSelect
      {...props}
      data={data}
      clearable={clearable}
      disabled={!country || none}
      placeholder={!country ? t("geo.chooseCountryFirst") : none ? t("geo.noRegions") : regions.isPending ? t("common.loading") : t("geo.chooseRegion")}
    />
  );
}

/** A region's or country's name in the interface language, for display. */
export function useJurisdictionName() {
  const language = useLanguage();
  const countries = useCountries();
  return {
    country: (code: string) => countries.data?.find((c) => c.code === code)?.names[language] ?? code,
    language,
  };
}
