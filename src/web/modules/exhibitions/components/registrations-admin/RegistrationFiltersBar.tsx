import { Group, Select, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TVisitorCategory } from "../../../../../contracts/exhibitions";
import { SearchIcon } from "../../../../ui/icons";
import { categoryOptions } from "./category-options";

export type FilterValues = { q: string; category: TVisitorCategory | null; checkedIn: "yes" | "no" | null };

type Props = { value: FilterValues; onChange: (value: FilterValues) => void };

/** Search by name, e-mail, organisation or badge code, narrowed by category and by whether the visitor came. */
export function RegistrationFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" grow preventGrowOverflow={false} wrap="wrap">
      <TextInput
        label={t("registrationsAdmin.filters.search")}
        placeholder={t("registrationsAdmin.filters.searchHint")}
        leftSection={<SearchIcon size={16} />}
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.currentTarget.value })}
        data-testid="registrations-search"
        miw={220}
      />
      <Select
        label={t("registrationsAdmin.filters.category")}
        placeholder={t("registrationsAdmin.filters.anyCategory")}
        data={categoryOptions(t)}
        value={value.category}
        onChange={(category) => onChange({ ...value, category: category as TVisitorCategory | null })}
        clearable
        miw={160}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t("registrationsAdmin.filters.checkedIn")}
        placeholder={t("registrationsAdmin.filters.anyone")}
        data={[
          { value: "yes", label: t("registrationsAdmin.filters.came") },
          { value: "no", label: t("registrationsAdmin.filters.notYet") },
        ]}
        value={value.checkedIn}
        onChange={(checkedIn) => onChange({ ...value, checkedIn: checkedIn as FilterValues["checkedIn"] })}
        clearable
        miw={160}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
