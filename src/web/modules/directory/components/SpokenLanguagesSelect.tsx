import { useTranslation } from "react-i18next";
import { SearchableMultiSelect, type SelectFieldProps } from "../../../ui/SearchableSelect";
import { SPOKEN_LANGUAGES, useSpokenLanguageName } from "../../../ui/spoken-languages";

export function SpokenLanguagesSelect(props: SelectFieldProps<string[]>) {
  const { t } = useTranslation();
  const nameOf = useSpokenLanguageName();
  // Keep codes saved earlier that are not in our list, so editing never drops them silently.
  const codes = [...SPOKEN_LANGUAGES, ...props.value.filter((code) => !SPOKEN_LANGUAGES.includes(code))];
  const data = codes.map((code) => ({ value: code, label: `${nameOf(code)} (${code})` }));
  return <SearchableMultiSelect {...props} data={data} maxValues={12} emptyPlaceholder={t("organizationForm.chooseLanguages")} />;
}
