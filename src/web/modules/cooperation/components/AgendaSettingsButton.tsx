import { Button, Group, Modal, MultiSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PRIORITY_AREAS, type TAgenda } from "../../../../contracts/cooperation";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { FormError } from "../../../ui/ErrorAlert";
import { EditIcon } from "../../../ui/icons";
import { pickLocalized } from "../../../ui/localized";
import { useActionFailure } from "../../../ui/useActionFailure";
import { collapseFields, useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useChangeAgenda, useRemoveAgenda } from "../hooks/agendas";

type Values = { title: string; priorityAreas: string[] };

/** The keepers rename the agenda (in the language they read it in) or change its priority areas, or remove it. */
export function AgendaSettingsButton({ agenda }: { agenda: TAgenda }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<EditIcon size={16} />} onClick={() => setOpen(true)}>
        {t("agendas.settings.action")}
      </Button>
      {open ? <AgendaSettings agenda={agenda} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function AgendaSettings({ agenda, onClose }: { agenda: TAgenda; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const phone = useMediaQuery("(max-width: 36em)");
  const change = useChangeAgenda(agenda.id);
  const remove = useRemoveAgenda(agenda.id);
  const removal = useActionFailure();
  const form = useForm<Values>({
    initialValues: { title: pickLocalized(agenda.title, language), priorityAreas: agenda.priorityAreas },
    validate: { title: (value) => (value.trim() ? null : t("agendas.validation.title")) },
  });
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      // The other languages' titles stay as they were.
      await change.mutateAsync({ title: { ...agenda.title, [language]: values.title.trim() }, priorityAreas: values.priorityAreas });
      onClose();
    },
    { rename: collapseFields(["title"]) },
  );
  return (
    <Modal opened onClose={onClose} title={t("agendas.settings.title")} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate data-testid="agenda-settings">
        <Stack gap="sm">
          <TextInput label={t("deals.field.title")} {...form.getInputProps("title")} />
          <MultiSelect
            label={t("agendas.add.area")}
            data={PRIORITY_AREAS.map((a) => ({ value: a, label: t(`agendas.area.${a}`) }))}
            {...form.getInputProps("priorityAreas")}
          />
          <FormError message={failure ?? removal.failure} />
          <Group justify="space-between">
            <ConfirmButton
              question={t("agendas.settings.confirmRemove")}
              confirmLabel={t("agendas.edit.remove")}
              onConfirm={() => removal.run(() => remove.mutateAsync()).then((removed) => removed && navigate("/agendas", { replace: true }))}
              variant="subtle"
              color="red"
              loading={remove.isPending}
            >
              {t("agendas.settings.remove")}
            </ConfirmButton>
            <Button type="submit" loading={change.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
