import { type ComboboxData, MultiSelect, Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../../../contracts/common";
import type { TJurisdiction } from "../../../../contracts/reference";
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

type SingleProps = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  placeholder?: string;
};

export function CountrySelect({ label, value, onChange, error, required, clearable, placeholder }: SingleProps) {
  const { t } = useTranslation();
  const { data, loading } = useCountryOptions();
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      clearable={clearable}
      searchable
      placeholder={loading ? t("common.loading") : (placeholder ?? t("geo.chooseCountry"))}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function CountryMultiSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { data } = useCountryOptions();
  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      placeholder={value.length ? undefined : t("geo.chooseCountries")}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Regions of the chosen country only, so a region can never contradict its country. */
export function RegionSelect({ country, ...props }: SingleProps & { country: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions(country);
  const data = useMemo(
    () => (regions.data ?? []).map((r) => ({ value: r.code, label: r.names[language] || r.names.en })).sort((a, b) => a.label.localeCompare(b.label, language)),
    [regions.data, language],
  );
  const none = !!country && regions.isSuccess && data.length === 0;
  return (
    <Select
      label={props.label}
      data={data}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      required={props.required}
      clearable={props.clearable ?? true}
      searchable
      disabled={!country || none}
      placeholder={!country ? t("geo.chooseCountryFirst") : none ? t("geo.noRegions") : regions.isPending ? t("common.loading") : t("geo.chooseRegion")}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
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
