import { Button, Group, NumberInput, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PlayIcon } from "../../../../ui/icons";

export type RunOptions = { fairness: number | string; timeLimitSeconds: number | string };

type Props = { value: RunOptions; onChange: (value: RunOptions) => void; onRun: () => void; running: boolean; starting: boolean; disabled: boolean };

const within = (value: number | string, min: number, max: number) => typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

/** The scheduler's two knobs and the button that starts it. */
export function ScheduleRunForm({ value, onChange, onRun, running, starting, disabled }: Props) {
  const { t } = useTranslation();
  const valid = within(value.fairness, 0, 20) && within(value.timeLimitSeconds, 1, 300);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NumberInput
        label={t("matchmakingAdmin.schedule.fairness")}
        description={t("matchmakingAdmin.schedule.fairnessHint")}
        min={0}
        max={20}
        allowDecimal={false}
        allowNegative={false}
        value={value.fairness}
        onChange={(fairness) => onChange({ ...value, fairness })}
        error={within(value.fairness, 0, 20) ? undefined : t("matchmakingAdmin.settings.range", { min: 0, max: 20 })}
        w={{ base: "100%", xs: 240 }}
        data-testid="schedule-fairness"
      />
      <NumberInput
        label={t("matchmakingAdmin.schedule.timeLimit")}
        description={t("matchmakingAdmin.schedule.timeLimitHint")}
        min={1}
        max={300}
        allowDecimal={false}
        allowNegative={false}
        value={value.timeLimitSeconds}
        onChange={(timeLimitSeconds) => onChange({ ...value, timeLimitSeconds })}
        error={within(value.timeLimitSeconds, 1, 300) ? undefined : t("matchmakingAdmin.settings.range", { min: 1, max: 300 })}
        w={{ base: "100%", xs: 240 }}
        data-testid="schedule-time-limit"
      />
      <Button leftSection={<PlayIcon size={16} />} onClick={onRun} loading={starting} disabled={running || disabled || !valid} data-testid="run-schedule">
        {t("matchmakingAdmin.schedule.run")}
      </Button>
      {running ? (
        <Text size="sm" c="dimmed">
          {t("matchmakingAdmin.schedule.runningHint")}
        </Text>
      ) : null}
    </Group>
  );
}
