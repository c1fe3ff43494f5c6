import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TFloorPlan } from "../../../../contracts/exhibitions";
import { SearchableSelect } from "../../../ui/SearchableSelect";
import { useLanguage } from "../../../ui/useLanguage";
import { boothLabel, boothsToOffer } from "./booth-options";

type Props = {
  plan: TFloorPlan | undefined;
  label: string;
  value: string | null;
  onChange: (boothId: string | null) => void;
  /** Booths to offer although not free: the one an application holds now. */
  keep?: (string | null | undefined)[];
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  description?: string;
  testId?: string;
};

/** The free booths as a list to type into: the keyboard's way to the same choice as the plan. */
export function BoothSelect({ plan, label, value, onChange, keep = [], error, required, clearable, description, testId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const keepKey = keep.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: keepKey stands for keep, whose identity changes every render
  const data = useMemo(
    () => boothsToOffer(plan, language, keep).map((option) => ({ value: option.booth.id, label: boothLabel(option, language) })),
    [plan, language, keepKey],
  );
  return (
    <SearchableSelect
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      clearable={clearable}
      placeholder={data.length ? t("exhibitors.chooseBooth") : t("exhibitors.noFreeBooths")}
      disabled={data.length === 0}
      data-testid={testId}
    />
  );
}
