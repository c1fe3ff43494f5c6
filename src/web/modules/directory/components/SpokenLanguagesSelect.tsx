import { MultiSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SPOKEN_LANGUAGES, useSpokenLanguageName } from "../../../ui/spoken-languages";

export function SpokenLanguagesSelect({
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
  const nameOf = useSpokenLanguageName();
  // Keep codes saved earlier that are not in our list, so editing never drops them silently.
  const codes = [...SPOKEN_LANGUAGES, ...value.filter((code) => !SPOKEN_LANGUAGES.includes(code))];
  const data = codes.map((code) => ({ value: code, label: `${nameOf(code)} (${code})` }));
  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      maxValues={12}
      placeholder={value.length ? undefined : t("organizationForm.chooseLanguages")}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
