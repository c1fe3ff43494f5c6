import { useTranslation } from "react-i18next";
import { HsPicker } from "./HsPicker";
import { CountrySelect } from "./JurisdictionSelects";
import { SectorSelect } from "./SectorSelects";

// Search parameters leave an unset filter out (undefined) where the selects say null.
type FilterProps = { value: string | undefined; onChange: (value: string | undefined) => void };

export function CountryFilter({ value, onChange }: FilterProps) {
  const { t } = useTranslation();
  return (
    <CountrySelect
      label={t("directory.country")}
      value={value ?? null}
      onChange={(country) => onChange(country ?? undefined)}
      clearable
      placeholder={t("directory.anyCountry")}
    />
  );
}

export function SectorFilter({ value, onChange }: FilterProps) {
  const { t } = useTranslation();
  return <SectorSelect label={t("directory.sector")} value={value ?? null} onChange={(sector) => onChange(sector ?? undefined)} />;
}

export function HsFilter({ value, onChange, testId }: FilterProps & { testId: string }) {
  const { t } = useTranslation();
  return (
    <HsPicker
      label={t("directory.hs")}
      levels={[2, 4]}
      value={value ?? null}
      onChange={(hs) => onChange(hs ?? undefined)}
      testId={testId}
      placeholder={t("directory.anyHs")}
    />
  );
}
