import { MultiSelect, Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../ui/useLanguage";
import { useSectors } from "../hooks/reference";

function useSectorOptions() {
  const language = useLanguage();
  const sectors = useSectors();
  return useMemo(() => (sectors.data ?? []).map((s) => ({ value: s.code, label: s.names[language] || s.names.en })), [sectors.data, language]);
}

export function SectorSelect({ label, value, onChange }: { label: string; value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation();
  const data = useSectorOptions();
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      searchable
      placeholder={t("directory.anySector")}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function SectorMultiSelect({
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
  const data = useSectorOptions();
  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      maxValues={10}
      placeholder={value.length ? undefined : t("organizationForm.chooseSectors")}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
    />
  );
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
