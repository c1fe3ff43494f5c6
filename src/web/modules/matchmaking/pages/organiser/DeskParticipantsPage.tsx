import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { PlusIcon } from "../../../../ui/icons";
import { useForumId } from "../../../exhibitions/hooks/forum";
import { AddParticipantForm } from "../../components/organiser/AddParticipantForm";
import { ParticipantList } from "../../components/organiser/ParticipantList";

/** Who takes part in matchmaking, as what; organisers add anyone from the directory. */
export function DeskParticipantsPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const [adding, { open, close }] = useDisclosure(false);
  const phone = useMediaQuery("(max-width: 36em)");

  return (
    <Stack gap="md" data-testid="desk-participants">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text c="dimmed" size="sm" style={{ flex: "1 1 240px" }}>
          {t("matchmakingAdmin.participants.intro")}
        </Text>
        <Button leftSection={<PlusIcon size={16} />} onClick={open} data-testid="participant-add-open">
          {t("matchmakingAdmin.participants.addOpen")}
        </Button>
      </Group>
      <ParticipantList forumId={forumId} />
      <Modal opened={adding} onClose={close} title={t("matchmakingAdmin.participants.addTitle")} size="lg" fullScreen={phone}>
        <AddParticipantForm forumId={forumId} onDone={close} />
      </Modal>
    </Stack>
  );
}
