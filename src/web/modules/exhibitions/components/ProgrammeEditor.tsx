import { ActionIcon, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TForum, TProgrammeSession } from "../../../../contracts/exhibitions";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { ErrorAlert, errorMessage } from "../../../ui/ErrorAlert";
import { EditIcon, PlusIcon, TrashIcon } from "../../../ui/icons";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useDeleteSession, useProgramme } from "../hooks/forums";
import { groupByDay, roomsOf } from "./programme-days";
import { SessionCard } from "./SessionCard";
import { SessionForm } from "./SessionForm";
import { formatDayHeading } from "./venue-time";

type Editing = { session?: TProgrammeSession } | null;

/** The organiser's list of sessions, with add, edit and remove. */
export function ProgrammeEditor({ forum }: { forum: TForum }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const programme = useProgramme(forum.id);
  const remove = useDeleteSession(forum.id);
  const [editing, setEditing] = useState<Editing>(null);
  const phone = useMediaQuery("(max-width: 36em)");

  if (programme.isError) return <ErrorAlert error={programme.error} />;
  if (!programme.data) return <PageLoader />;
  const sessions = programme.data;

  const removeSession = (session: TProgrammeSession) =>
    remove.mutate(session.id, {
      onSuccess: () => notifications.show({ color: "brand", message: t("forums.session.removed") }),
      onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }),
    });

  return (
    <Stack gap="md" data-testid="programme-editor">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t("forums.programme.venueTime", { zone: forum.timeZone })}
        </Text>
        <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing({})}>
          {t("forums.session.addTitle")}
        </Button>
      </Group>
      {sessions.length === 0 ? <Text c="dimmed">{t("forums.programme.empty")}</Text> : null}
      {groupByDay(sessions, forum.timeZone).map((day) => (
        <Stack key={day.date} gap="xs">
          <Text fw={600}>{formatDayHeading(day.date, language)}</Text>
          {day.sessions.map((session) => {
            const title = pickLocalized(session.title, language);
            return (
              <SessionCard
                key={session.id}
                session={session}
                timeZone={forum.timeZone}
                actions={
                  <>
                    <ActionIcon variant="subtle" onClick={() => setEditing({ session })} aria-label={t("forums.session.editNamed", { title })}>
                      <EditIcon size={16} />
                    </ActionIcon>
                    <ConfirmButton
                      question={t("forums.session.confirmRemove", { title })}
                      confirmLabel={t("forums.session.remove")}
                      onConfirm={() => removeSession(session)}
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      px={6}
                      aria-label={t("forums.session.removeNamed", { title })}
                    >
                      <TrashIcon size={16} />
                    </ConfirmButton>
                  </>
                }
              />
            );
          })}
        </Stack>
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.session ? t("forums.session.editTitle") : t("forums.session.addTitle")}
        size="lg"
        fullScreen={phone}
      >
        {editing ? (
          <SessionForm
            forum={forum}
            session={editing.session}
            rooms={roomsOf(sessions)}
            onDone={() => {
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
