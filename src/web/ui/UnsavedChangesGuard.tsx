import { Button, Group, Modal, Text } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

type Props = {
  dirty: boolean;
  /** What would be lost, in the page's words: "The plan has changes that are not saved…". */
  question: string;
  /** A change inside the page (another hall) that waits for an answer, like leaving the page does. */
  pending?: boolean;
  onStay?: () => void;
  onLeave?: () => void;
};

/** Asks before unsaved work is lost: leaving the page, closing the tab, or a `pending` change inside the page. */
export function UnsavedChangesGuard({ dirty, question, pending = false, onStay, onLeave }: Props) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const opened = blocker.state === "blocked" || pending;
  const stay = () => (blocker.state === "blocked" ? blocker.reset() : onStay?.());
  const leave = () => (blocker.state === "blocked" ? blocker.proceed() : onLeave?.());

  return (
    <Modal opened={opened} onClose={stay} title={t("common.unsaved.title")} data-testid="unsaved-dialog">
      <Text size="sm">{question}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={stay}>
          {t("common.unsaved.stay")}
        </Button>
        <Button color="red" onClick={leave} data-testid="unsaved-leave">
          {t("common.unsaved.leave")}
        </Button>
      </Group>
    </Modal>
  );
}
