import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { flagEmoji } from "../../../../ui/format";
import { organizationName } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { useOrganizationOptions } from "../../hooks/matchmaking-admin";

type Props = {
  label: string;
  value: string | null;
  onChange: (organizationId: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  testId?: string;
};

/** Any organisation of the directory, found by typing part of its name (the server searches). */
export function OrganizationSearchSelect({ label, value, onChange, error, required = true, testId = "participant-org-select" }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useState("");
  // The chosen one stays an option while the list follows newer searches.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search.trim(), 300);
  // Typing the chosen name back into the box should not search for it again.
  const query = chosen && q === chosen.label ? "" : q;
  const options = useOrganizationOptions(query);
  const data = useMemo(() => {
    const found = (options.data ?? []).map((org) => ({ value: org.id, label: `${flagEmoji(org.country)} ${organizationName(org, language)}`.trim() }));
    return chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  }, [options.data, chosen, language]);

  return (
    <Select
      label={label}
      placeholder={t("matchmakingAdmin.participants.searchOrganization")}
      searchable
      required={required}
      clearable={!required}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosen(option ? { value: option.value, label: option.label } : null);
        onChange(id);
      }}
      // The server already matched the text, also across alphabets; filtering again here would hide those.
      filter={({ options: all }) => all}
      nothingFoundMessage={options.isFetching ? t("common.loading") : t("common.nothingFound")}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}
