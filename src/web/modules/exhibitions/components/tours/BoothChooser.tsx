import { Group, Pill, Stack, Text } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TBooth, TFloorPlan } from "../../../../../contracts/exhibitions";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { FloorPlanView } from "../floor-plan/FloorPlanView";
import type { BoothEmphasis } from "../floor-plan/types";

type Props = { plan: TFloorPlan; hallId: string | null; value: string[]; onChange: (ids: string[]) => void; error?: React.ReactNode };

/** The stops of a tour, picked by clicking booths on the plan; the order does not matter, the route planner sets it. */
export function BoothChooser({ plan, hallId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hall = plan.halls.find((h) => h.id === hallId) ?? plan.halls[0];
  const chosen = useMemo(() => new Set(value), [value]);
  const booths = hall?.booths.filter((b) => chosen.has(b.id)) ?? [];
  // Stable while the form around it changes: typing the tour's name must not redraw every booth.
  const toggle = useCallback(
    (booth: TBooth) => onChange(chosen.has(booth.id) ? value.filter((v) => v !== booth.id) : [...value, booth.id]),
    [chosen, value, onChange],
  );
  const emphasisOf = useCallback((booth: TBooth): BoothEmphasis => (chosen.has(booth.id) ? "highlighted" : "normal"), [chosen]);
  // Only this hall is shown: a tour walks through one hall.
  const oneHall = useMemo(() => (hall ? { ...plan, halls: [hall] } : plan), [plan, hall]);

  return (
    <Stack gap="xs" data-testid="tour-booth-chooser">
      <Text size="sm" fw={500}>
        {t("tours.form.stops")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("tours.form.stopsHint")}
      </Text>
      <FloorPlanView plan={oneHall} selectedBoothIds={value} emphasisOf={emphasisOf} onBoothClick={toggle} height="min(60vh, 520px)" />
      <Group gap={6} data-testid="tour-chosen">
        {booths.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("tours.form.noStops")}
          </Text>
        ) : (
          booths.map((booth) => (
            <Pill
              key={booth.id}
              size="md"
              withRemoveButton
              onRemove={() => toggle(booth)}
              removeButtonProps={{ "aria-label": t("tours.form.removeStop", { number: booth.number }) }}
            >
              {booth.number}
              {booth.exhibitor ? ` · ${pickLocalized(booth.exhibitor.name, language)}` : ""}
            </Pill>
          ))
        )}
      </Group>
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
