import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { SearchableMultiSelect, SearchableSelect, type SelectFieldProps } from "../../../ui/SearchableSelect";
import { useLanguage } from "../../../ui/useLanguage";
import { useSectors } from "../hooks/reference";

function useSectorOptions() {
  const language = useLanguage();
  const sectors = useSectors();
  return useMemo(() => (sectors.data ?? []).map((s) => ({ value: s.code, label: s.names[language] || s.names.en })), [sectors.data, language]);
}

export function SectorSelect(props: SelectFieldProps<string | null>) {
  const { t } = useTranslation();
  const data = useSectorOptions();
  return <SearchableSelect {...props} data={data} clearable placeholder={t("directory.anySector")} />;
}

export function SectorMultiSelect(props: SelectFieldProps<string[]>) {
  const { t } = useTranslation();
  const data = useSectorOptions();
  return <SearchableMultiSelect {...props} data={data} maxValues={10} emptyPlaceholder={t("organizationForm.chooseSectors")} />;
}

/** Sector names for display, keyed by code. */
export function useSectorNames(): (code: string) => string {
  const language = useLanguage();
  const sectors = useSectors();
  return (code) => {
    const sector = sectors.data?.find((s) => s.code === code);
    return sector ? sector.names[language] || sector.names.en : code;
  };
}
