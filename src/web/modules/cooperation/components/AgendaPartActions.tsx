import { ActionIcon, Group, Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TAgenda } from "../../../../contracts/cooperation";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { errorMessage } from "../../../ui/ErrorAlert";
import { EditIcon, TrashIcon } from "../../../ui/icons";
import { useRemoveAgendaPart } from "../hooks/agendas";
import { CommitmentForm, MeetingForm, TargetForm } from "./AgendaKeeperForms";

type Part =
  | { kind: "meetings"; item: TAgenda["meetings"][number] }
  | { kind: "commitments"; item: TAgenda["commitments"][number] }
  | { kind: "targets"; item: TAgenda["targets"][number] };

/** A keeper's edit and remove buttons for one meeting, commitment or target; `label` names it for screen readers. */
export function AgendaPartActions({ agendaId, part, label }: { agendaId: string; part: Part; label: string }) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 36em)");
  const [editing, setEditing] = useState(false);
  const remove = useRemoveAgendaPart(part.kind);
  const done = () => setEditing(false);
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon variant="subtle" onClick={() => setEditing(true)} aria-label={t("agendas.edit.named", { name: label })}>
        <EditIcon size={16} />
      </ActionIcon>
      <ConfirmButton
        question={t("agendas.edit.confirmRemove", { name: label })}
        confirmLabel={t("agendas.edit.remove")}
        onConfirm={() => remove.mutate(part.item.id, { onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }) })}
        variant="subtle"
        color="red"
        size="compact-sm"
        px={6}
        aria-label={t("agendas.edit.removeNamed", { name: label })}
      >
        <TrashIcon size={16} />
      </ConfirmButton>
      {editing ? (
        <Modal opened onClose={done} title={t(`agendas.edit.title.${part.kind}`)} size="lg" fullScreen={phone}>
          {part.kind === "meetings" ? (
            <MeetingForm agendaId={agendaId} existing={part.item} onSaved={done} />
          ) : part.kind === "commitments" ? (
            <CommitmentForm agendaId={agendaId} existing={part.item} onSaved={done} />
          ) : (
            <TargetForm agendaId={agendaId} existing={part.item} onSaved={done} />
          )}
        </Modal>
      ) : null}
    </Group>
  );
}
