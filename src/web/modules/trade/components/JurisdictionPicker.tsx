import { Select } from "@mantine/core";
import { useMemo } from "react";
import { useLanguage } from "../../../ui/useLanguage";
import { usePlaceNames } from "../hooks/place-names";

type Props = { label: string; codes: string[]; value: string | null; onChange: (code: string | null) => void; exclude?: string };

/** Chooses among the jurisdictions the loaded data covers, by name in the reader's language. */
export function JurisdictionPicker({ label, codes, value, onChange, exclude }: Props) {
  const language = useLanguage();
  const name = usePlaceNames(codes);
  const data = useMemo(
    () =>
      codes
        .filter((code) => code !== exclude)
        .map((code) => ({ value: code, label: `${name(code)} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [codes, exclude, name, language],
  );
  return <Select label={label} data={data} value={value} onChange={onChange} searchable clearable={false} nothingFoundMessage="—" />;
}
