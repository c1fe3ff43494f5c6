import { Alert, Button, Group, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TTour } from "../../../../../contracts/exhibitions";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { MailIcon } from "../../../../ui/icons";
import { useNotifyTour } from "../../hooks/tours";

/** Tells every exhibitor on the route when the delegation comes; asks first, since mail cannot be taken back. */
export function NotifyExhibitors({ forumId, tour }: { forumId: string; tour: TTour }) {
  const { t } = useTranslation();
  const notify = useNotifyTour(forumId, tour.id);
  const [asking, setAsking] = useState(false);
  const exhibitors = tour.stops.filter((stop) => stop.exhibitor).length;

  return (
    <>
      <Button variant="light" leftSection={<MailIcon size={16} />} onClick={() => setAsking(true)} disabled={exhibitors === 0} data-testid="tour-notify">
        {t("tours.notify.button")}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t("tours.notify.title")}>
        <Text size="sm">{t("tours.notify.question", { count: exhibitors })}</Text>
        {tour.notifiedAt ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t("tours.notify.again")}
          </Text>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setAsking(false)}>
            {t("common.cancel")}
          </Button>
          <Button loading={notify.isPending} onClick={() => notify.mutate(undefined, { onSettled: () => setAsking(false) })} data-testid="tour-notify-confirm">
            {t("tours.notify.send")}
          </Button>
        </Group>
      </Modal>
      {notify.isSuccess ? (
        <Alert color="green" variant="light" data-testid="tour-notified" className="no-print">
          {t("tours.notify.done", { notified: notify.data.notified, recipients: notify.data.recipients })}
        </Alert>
      ) : null}
      {notify.isError ? <ErrorAlert error={notify.error} /> : null}
    </>
  );
}
