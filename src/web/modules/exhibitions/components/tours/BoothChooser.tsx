import { Group, Pill, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TFloorPlan } from "../../../../../contracts/exhibitions";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { FloorPlanView } from "../floor-plan/FloorPlanView";

type Props = { plan: TFloorPlan; hallId: string | null; value: string[]; onChange: (ids: string[]) => void; error?: React.ReactNode };

/** The stops of a tour, picked by clicking booths on the plan; the order does not matter, the route planner sets it. */
export function BoothChooser({ plan, hallId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hall = plan.halls.find((h) => h.id === hallId) ?? plan.halls[0];
  const chosen = new Set(value);
  const booths = hall?.booths.filter((b) => chosen.has(b.id)) ?? [];
  const toggle = (id: string) => onChange(chosen.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  // Only this hall is shown: a tour walks through one hall.
  const oneHall = hall ? { ...plan, halls: [hall] } : plan;

  return (
    <Stack gap="xs" data-testid="tour-booth-chooser">
      <Text size="sm" fw={500}>
        {t("tours.form.stops")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("tours.form.stopsHint")}
      </Text>
      <FloorPlanView
        plan={oneHall}
        selectedBoothIds={value}
        emphasisOf={(booth) => (chosen.has(booth.id) ? "highlighted" : "normal")}
        onBoothClick={(booth) => toggle(booth.id)}
        height="min(60vh, 520px)"
      />
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
              onRemove={() => toggle(booth.id)}
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
