import { Stack, Text } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TBooth, TFloorPlan } from "../../../../contracts/exhibitions";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { BoothSelect } from "./BoothSelect";
import { boothLabel, findBooth } from "./booth-options";
import { FloorPlanView } from "./floor-plan/FloorPlanView";
import type { BoothEmphasis } from "./floor-plan/types";

type Props = { plan: TFloorPlan; value: string | null; onChange: (boothId: string | null) => void; error?: React.ReactNode };

/** A free booth chosen on the plan, or from the list beside it; both show the same choice. */
export function BoothPicker({ plan, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const chosen = findBooth(plan, value);
  const chosenHall = chosen ? plan.halls.find((hall) => hall.id === chosen.hallId) : undefined;
  // Stable while the form around it changes: typing in another field must not redraw every booth.
  const selected = useMemo(() => (value ? [value] : []), [value]);
  const emphasisOf = useCallback(
    (booth: TBooth): BoothEmphasis => (booth.id === value ? "highlighted" : booth.status === "free" ? "normal" : "dimmed"),
    [value],
  );
  const pick = useCallback(
    (booth: TBooth) => {
      if (booth.status === "free") onChange(booth.id);
    },
    [onChange],
  );

  return (
    <Stack gap="sm" data-testid="booth-picker">
      <Text size="sm" c="dimmed">
        {t("exhibitors.apply.pickOnPlan")}
      </Text>
      <FloorPlanView
        plan={plan}
        hallId={chosen?.hallId}
        selectedBoothIds={selected}
        emphasisOf={emphasisOf}
        onBoothClick={pick}
        height="min(60vh, 440px)"
        focusBoothId={value ?? undefined}
      />
      <BoothSelect plan={plan} label={t("exhibitors.booth")} value={value} onChange={onChange} error={error} required testId="booth-select" />
      {chosen && chosenHall ? (
        <Text size="sm" fw={600} data-testid="chosen-booth">
          {t("exhibitors.apply.chosen", { booth: boothLabel({ booth: chosen, hallName: pickLocalized(chosenHall.name, language) }, language) })}
        </Text>
      ) : null}
    </Stack>
  );
}
