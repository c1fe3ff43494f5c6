import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { currencyCodes, currencyName, PREFERRED_CURRENCIES } from "../../../ui/format";
import { SearchableSelect, type SelectFieldProps } from "../../../ui/SearchableSelect";
import { useLanguage } from "../../../ui/useLanguage";

/** ISO 4217 currencies the browser knows, the region's own first. */
export function CurrencySelect(props: SelectFieldProps<string | null>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const data = useMemo(() => {
    const option = (code: string) => ({ value: code, label: `${code} — ${currencyName(code, language)}` });
    const codes = currencyCodes();
    return [
      { group: t("productForm.commonCurrencies"), items: PREFERRED_CURRENCIES.map(option) },
      { group: t("productForm.otherCurrencies"), items: codes.filter((c) => !PREFERRED_CURRENCIES.includes(c)).map(option) },
    ];
  }, [language, t]);
  return <SearchableSelect {...props} data={data} clearable />;
}
