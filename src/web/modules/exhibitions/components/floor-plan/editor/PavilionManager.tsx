import { ActionIcon, Badge, Button, ColorSwatch, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TPavilion } from "../../../../../../contracts/exhibitions";
import { ConfirmButton } from "../../../../../ui/ConfirmButton";
import { ErrorAlert } from "../../../../../ui/ErrorAlert";
import { Flag } from "../../../../../ui/Flag";
import { EditIcon, PlusIcon, TrashIcon } from "../../../../../ui/icons";
import { pickLocalized } from "../../../../../ui/localized";
import { useLanguage } from "../../../../../ui/useLanguage";
import { useDeletePavilion, useSavePavilion } from "../../../hooks/floor-plan-editor";
import { PavilionForm } from "./PavilionForm";

/** The forum's pavilions: national or thematic areas, each with a colour that booths take on the plan. */
export function PavilionManager({ forumId, pavilions }: { forumId: string; pavilions: TPavilion[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSavePavilion(forumId);
  const remove = useDeletePavilion(forumId);
  // undefined: closed; null: a new pavilion; else the one being edited.
  const [editing, setEditing] = useState<TPavilion | null | undefined>(undefined);

  return (
    <Stack gap="xs" data-testid="pavilion-manager">
      {pavilions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("floorPlan.pavilions.none")}
        </Text>
      ) : null}
      {pavilions.map((pavilion) => (
        <Group key={pavilion.id} gap="xs" wrap="nowrap" justify="space-between" data-testid="pavilion-row">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <ColorSwatch color={pavilion.color} size={16} withShadow={false} />
            {pavilion.country ? <Flag country={pavilion.country} /> : null}
            <Text size="sm" truncate>
              {pickLocalized(pavilion.name, language)}
            </Text>
            <Badge size="xs" variant="default">
              {t(`floorPlan.pavilions.kinds.${pavilion.kind}`)}
            </Badge>
          </Group>
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              aria-label={t("floorPlan.pavilions.edit", { name: pickLocalized(pavilion.name, language) })}
              onClick={() => setEditing(pavilion)}
            >
              <EditIcon size={16} />
            </ActionIcon>
            <ConfirmButton
              variant="subtle"
              color="red"
              size="compact-sm"
              px={6}
              aria-label={t("floorPlan.pavilions.delete", { name: pickLocalized(pavilion.name, language) })}
              question={t("floorPlan.pavilions.deleteQuestion")}
              confirmLabel={t("floorPlan.pavilions.deleteConfirm")}
              onConfirm={() => remove.mutate(pavilion.id)}
            >
              <TrashIcon size={16} />
            </ConfirmButton>
          </Group>
        </Group>
      ))}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <Button
        variant="light"
        size="xs"
        leftSection={<PlusIcon size={16} />}
        onClick={() => setEditing(null)}
        style={{ alignSelf: "flex-start" }}
        data-testid="pavilion-add"
      >
        {t("floorPlan.pavilions.add")}
      </Button>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? t("floorPlan.pavilions.editTitle") : t("floorPlan.pavilions.addTitle")}
      >
        {editing !== undefined ? (
          <PavilionForm
            pavilion={editing ?? undefined}
            usedColors={pavilions.map((p) => p.color.toLowerCase())}
            onSave={(input) => save.mutateAsync({ id: editing?.id, input })}
            onDone={() => setEditing(undefined)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
