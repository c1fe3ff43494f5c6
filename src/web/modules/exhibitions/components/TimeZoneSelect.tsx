import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { SearchableSelect } from "../../../ui/SearchableSelect";
import { timeZones, zoneLabel } from "./venue-time";

type Props = { label: string; value: string; onChange: (zone: string) => void; error?: React.ReactNode; description?: string };

/** Every IANA time zone, searchable by city, with its current offset from UTC. */
export function TimeZoneSelect({ label, value, onChange, error, description }: Props) {
  const { t } = useTranslation();
  const data = useMemo(() => timeZones().map((zone) => ({ value: zone, label: zoneLabel(zone) })), []);
  return (
    <SearchableSelect
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      error={error}
      required
      allowDeselect={false}
      limit={60}
      placeholder={t("forums.form.chooseTimeZone")}
    />
  );
}
