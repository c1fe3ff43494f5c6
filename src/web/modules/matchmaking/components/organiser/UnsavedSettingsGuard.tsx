import { Button, Group, Modal, Text } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

/** Asks before unsaved settings are lost: leaving for another page or closing the tab. */
export function UnsavedSettingsGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return (
    <Modal opened={blocker.state === "blocked"} onClose={() => blocker.reset?.()} title={t("matchmakingAdmin.unsaved.title")} data-testid="unsaved-dialog">
      <Text size="sm">{t("matchmakingAdmin.unsaved.question")}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          {t("matchmakingAdmin.unsaved.stay")}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
          {t("matchmakingAdmin.unsaved.leave")}
        </Button>
      </Group>
    </Modal>
  );
}
