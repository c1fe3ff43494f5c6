import { Select } from "@mantine/core";
import type { TLanguage } from "../../../../contracts/common";
import { LANGUAGE_LABELS, UI_LANGUAGES } from "../../../i18n/languages";

type Props = { label: string; description?: string; value: TLanguage; onChange: (language: TLanguage) => void; error?: React.ReactNode };

/** The language a badge is printed and e-mailed in; each language named in itself. */
export function BadgeLanguageSelect({ label, description, value, onChange, error }: Props) {
  return (
    <Select
      label={label}
      description={description}
      data={UI_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_LABELS[language] }))}
      value={value}
      onChange={(language) => language && onChange(language as TLanguage)}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
