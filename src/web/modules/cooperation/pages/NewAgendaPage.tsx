import { Button, Container, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { PRIORITY_AREAS, type TAgenda } from "../../../../contracts/cooperation";
import { api } from "../../../api/client";
import { FormError } from "../../../ui/ErrorAlert";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { collapseFields, useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";

type Values = { a: string; b: string; title: string; priorityAreas: string[]; keeper: string | null };

/** An official's organisation starts an agenda between two jurisdictions, then adds meetings, commitments and targets to it. */
export function NewAgendaPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const memberships = useMe().data?.memberships ?? [];
  useDocumentTitle(t("agendas.new"));
  const form = useForm<Values>({
    initialValues: { a: "TJ", b: "", title: "", priorityAreas: [], keeper: memberships[0]?.organizationId ?? null },
    validate: { title: (value) => (value.trim() ? null : t("agendas.validation.title")) },
  });
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const created = await api.post<TAgenda>("/api/v1/agendas", {
        a: values.a.trim().toUpperCase(),
        b: values.b.trim().toUpperCase(),
        title: { [language]: values.title.trim() },
        priorityAreas: values.priorityAreas,
        keepers: values.keeper ? [values.keeper] : [],
      });
      navigate(`/agendas/${created.id}`);
    },
    { rename: (field) => (field.startsWith("keepers") ? "keeper" : collapseFields(["title"])(field)) },
  );
  return (
    <Container size="sm" py="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={1}>{t("agendas.new")}</Title>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <SimpleGrid cols={2}>
                <TextInput label={t("trade.field.a")} placeholder="TJ" {...form.getInputProps("a")} />
                <TextInput label={t("trade.field.b")} placeholder="RU-TA" {...form.getInputProps("b")} />
              </SimpleGrid>
              <TextInput label={t("deals.field.title")} {...form.getInputProps("title")} />
              <MultiSelect
                label={t("agendas.add.area")}
                data={PRIORITY_AREAS.map((a) => ({ value: a, label: t(`agendas.area.${a}`) }))}
                {...form.getInputProps("priorityAreas")}
              />
              <Select
                label={t("agendas.keeper")}
                data={memberships.map((m) => ({ value: m.organizationId, label: pickLocalized(m.organizationName, language) }))}
                {...form.getInputProps("keeper")}
              />
            </Stack>
          </Paper>
          <FormError message={failure} />
          <Group justify="flex-end">
            <Button type="submit">{t("agendas.create")}</Button>
          </Group>
        </Stack>
      </form>
    </Container>
  );
}
