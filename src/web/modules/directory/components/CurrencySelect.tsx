import { Select } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { currencyCodes, currencyName, PREFERRED_CURRENCIES } from "../../../ui/format";
import { useLanguage } from "../../../ui/useLanguage";

/** ISO 4217 currencies the browser knows, the region's own first. */
export function CurrencySelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
}) {
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
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
