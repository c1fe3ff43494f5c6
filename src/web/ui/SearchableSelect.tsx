import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** What a select takes from the form around it. */
export type SelectFieldProps<Value> = { label: string; value: Value; onChange: (value: Value) => void; error?: ReactNode };

// Lists here are long (countries, sectors, currencies): people type to find an entry, and the
// dropdown is portalled so a scrolling or clipped container cannot cut it off.

/** A single-choice select people can type into. */
export function SearchableSelect(props: SelectProps) {
  const { t } = useTranslation();
  return <Select searchable nothingFoundMessage={t("common.nothingFound")} comboboxProps={{ withinPortal: true }} {...props} />;
}

/** A clearable multiple-choice select people can type into; its hint goes once a chip says what was chosen. */
export function SearchableMultiSelect({ value, emptyPlaceholder, ...props }: MultiSelectProps & { value: string[]; emptyPlaceholder: string }) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      value={value}
      searchable
      clearable
      placeholder={value.length ? undefined : emptyPlaceholder}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
