import { Button, Group, Modal, Stack, Tabs, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PlusIcon } from "../../../ui/icons";
import { PageSkeleton } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { TitledPanel } from "../../../ui/TitledPanel";
import { UnsavedChangesGuard } from "../../../ui/UnsavedChangesGuard";
import { useLanguage } from "../../../ui/useLanguage";
import { AddHallForm } from "../components/floor-plan/editor/AddHallForm";
import { HallEditor } from "../components/floor-plan/editor/HallEditor";
import { PavilionManager } from "../components/floor-plan/editor/PavilionManager";
import { OrganisersOnly } from "../components/OrganisersOnly";
import { useCreateHall } from "../hooks/floor-plan-editor";
import { useFloorPlan, useForum, useForumId } from "../hooks/forum";

/** Organisers draw the halls: outline, entrances, booths and pavilions, or import them from a file. */
export function FloorPlanEditorPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const plan = useFloorPlan(forumId);
  const createHall = useCreateHall(forumId);
  const phone = useMediaQuery("(max-width: 48em)") ?? false;
  const [hallId, setHallId] = useState<string | null>(null);
  const [pendingHallId, setPendingHallId] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [adding, setAdding] = useState(false);

  if (forum.isPending || plan.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  if (!forum.data.access.manage) return <OrganisersOnly />;

  const halls = plan.data.halls;
  const hall = halls.find((h) => h.id === hallId) ?? halls[0];
  const switchTo = (id: string | null) => {
    if (!id || id === hall?.id) return;
    if (dirty) setPendingHallId(id);
    else setHallId(id);
  };

  return (
    <Stack gap="md" data-testid="plan-editor">
      <UnsavedChangesGuard
        dirty={dirty}
        question={t("floorPlan.editor.unsavedQuestion")}
        pending={!!pendingHallId}
        onStay={() => setPendingHallId(null)}
        onLeave={() => {
          setDirty(false);
          setHallId(pendingHallId);
          setPendingHallId(null);
        }}
      />
      {phone ? (
        <Text size="sm" c="dimmed">
          {t("floorPlan.editor.phoneHint")}
        </Text>
      ) : null}
      <Group justify="space-between" align="flex-end" gap="xs">
        {halls.length ? (
          <Tabs value={hall?.id ?? null} onChange={switchTo}>
            <Tabs.List>
              {halls.map((h) => (
                <Tabs.Tab key={h.id} value={h.id} data-testid="editor-hall-tab">
                  {pickLocalized(h.name, language)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
        ) : (
          <Text c="dimmed">{t("floorPlan.editor.noHalls")}</Text>
        )}
        <Button variant="light" leftSection={<PlusIcon size={16} />} onClick={() => setAdding(true)} data-testid="add-hall">
          {t("floorPlan.editor.addHall")}
        </Button>
      </Group>
      {hall ? (
        <HallEditor key={hall.id} forumId={forumId} plan={plan.data} hall={hall} phone={phone} onDirtyChange={setDirty} onDeleted={() => setHallId(null)} />
      ) : null}
      <TitledPanel look="section" title={t("floorPlan.pavilions.title")} description={t("floorPlan.pavilions.description")}>
        <PavilionManager forumId={forumId} pavilions={plan.data.pavilions} />
      </TitledPanel>
      <Modal opened={adding} onClose={() => setAdding(false)} title={t("floorPlan.editor.addHall")}>
        <AddHallForm
          onCreate={(input) => createHall.mutateAsync(input)}
          onDone={(created) => {
            setAdding(false);
            if (created) switchTo(created.id);
          }}
        />
      </Modal>
    </Stack>
  );
}
