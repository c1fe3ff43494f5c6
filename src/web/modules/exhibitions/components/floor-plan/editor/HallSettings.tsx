import { ActionIcon, Button, Group, NumberInput, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { THall } from "../../../../../../contracts/exhibitions";
import { ConfirmButton } from "../../../../../ui/ConfirmButton";
import { TrashIcon } from "../../../../../ui/icons";
import { compactLocalized, fullLocalized, pickLocalized } from "../../../../../ui/localized";
import { MultiLanguageInput } from "../../../../../ui/MultiLanguageInput";
import { useLanguage } from "../../../../../ui/useLanguage";
import type { Draft } from "./draft";

type Props = {
  hall: THall;
  draft: Draft;
  errors: Record<string, string>;
  onEdit: (draft: Draft) => void;
  onRename: (name: THall["name"]) => Promise<unknown>;
  renaming: boolean;
  renameError?: string;
  onDelete: () => void;
};

const asNumber = (value: string | number) => (typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null);

/** The hall as a whole: its name, outline size, entrances and obstacles. */
export function HallSettings({ hall, draft, errors, onEdit, onRename, renaming, renameError, onDelete }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [name, setName] = useState(fullLocalized(hall.name));
  useEffect(() => setName(fullLocalized(hall.name)), [hall.name]);
  const metres = ` ${t("floorPlan.editor.metres")}`;

  return (
    <Stack gap="sm" data-testid="hall-settings">
      <Title order={3} size="h5">
        {pickLocalized(hall.name, language)}
      </Title>
      <MultiLanguageInput
        label={t("floorPlan.editor.hallName")}
        value={name}
        onChange={(lang, text) => setName((n) => ({ ...n, [lang]: text }))}
        error={renameError}
      />
      <Button variant="default" size="xs" loading={renaming} onClick={() => onRename(compactLocalized(name))} style={{ alignSelf: "flex-start" }}>
        {t("floorPlan.editor.rename")}
      </Button>
      <Group grow gap="xs" align="flex-start">
        <NumberInput
          label={t("floorPlan.editor.hallWidth")}
          value={draft.width}
          min={1}
          max={2000}
          step={0.5}
          suffix={metres}
          onChange={(v) => asNumber(v) && onEdit({ ...draft, width: asNumber(v) as number })}
          error={errors.width}
          data-testid="hall-width"
        />
        <NumberInput
          label={t("floorPlan.editor.hallHeight")}
          value={draft.height}
          min={1}
          max={2000}
          step={0.5}
          suffix={metres}
          onChange={(v) => asNumber(v) && onEdit({ ...draft, height: asNumber(v) as number })}
          error={errors.height}
          data-testid="hall-height"
        />
      </Group>
      <div>
        <Text size="sm" fw={500}>
          {t("floorPlan.editor.entrances")}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {t("floorPlan.editor.entrancesHint")}
        </Text>
        {draft.entrances.map((entrance, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entrances are numbered by their place in the list
          <Group key={index} gap="xs" justify="space-between" data-testid="entrance-row">
            <Text size="sm">
              {t("floorPlan.viewer.entrance", { number: index + 1 })} · {entrance.x}, {entrance.y}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t("floorPlan.editor.removeEntrance", { number: index + 1 })}
              onClick={() => onEdit({ ...draft, entrances: draft.entrances.filter((_, i) => i !== index) })}
            >
              <TrashIcon size={16} />
            </ActionIcon>
          </Group>
        ))}
        {errors.entrances ? (
          <Text size="sm" c="red">
            {errors.entrances}
          </Text>
        ) : null}
      </div>
      {draft.obstacles.length ? (
        <Group justify="space-between">
          <Text size="sm">{t("floorPlan.editor.obstacles", { count: draft.obstacles.length })}</Text>
          <Button size="xs" variant="subtle" color="red" onClick={() => onEdit({ ...draft, obstacles: draft.obstacles.slice(0, -1) })}>
            {t("floorPlan.editor.removeLastObstacle")}
          </Button>
        </Group>
      ) : null}
      <ConfirmButton
        variant="subtle"
        color="red"
        size="xs"
        question={t("floorPlan.editor.deleteHallQuestion")}
        confirmLabel={t("floorPlan.editor.deleteHall")}
        onConfirm={onDelete}
        style={{ alignSelf: "flex-start" }}
      >
        {t("floorPlan.editor.deleteHall")}
      </ConfirmButton>
    </Stack>
  );
}
