import { Button, Checkbox, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TDeal, TMilestoneInput } from "../../../../contracts/cooperation";
import { FormError } from "../../../ui/ErrorAlert";
import { formatDate } from "../../../ui/format";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useAddMilestone, useChangeMilestone } from "../hooks/deals";

/** The deal's milestones with their dates and owners; the parties add them and tick them off. */
export function DealMilestones({ deal }: { deal: TDeal }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddMilestone(deal.id);
  const change = useChangeMilestone(deal.id);
  const form = useForm<TMilestoneInput>({ initialValues: { title: "", dueDate: "", owner: "" } });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    await add.mutateAsync(values);
    form.reset();
  });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <TitledPanel look="section" title={t("deals.milestones.title")}>
      <Stack gap="sm">
        {deal.milestones.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("deals.milestones.none")}
          </Text>
        ) : (
          <Table fz="sm" data-testid="milestones">
            <Table.Tbody>
              {deal.milestones.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td w={36}>
                    <Checkbox
                      aria-label={t("deals.milestones.done")}
                      checked={m.doneOn !== null}
                      disabled={!deal.editable || change.isPending}
                      onChange={(e) => change.mutate({ milestoneId: m.id, done: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>{m.title}</Table.Td>
                  <Table.Td c={m.doneOn === null && m.dueDate < today ? "red" : undefined}>{formatDate(m.dueDate, language)}</Table.Td>
                  <Table.Td>{m.owner}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {deal.editable ? (
          <form onSubmit={submit} noValidate>
            <Group align="flex-start" wrap="wrap" gap="xs">
              <TextInput label={t("deals.milestones.name")} {...form.getInputProps("title")} miw={220} />
              <TextInput label={t("deals.milestones.due")} placeholder="2025-09-30" {...form.getInputProps("dueDate")} w={140} />
              <TextInput label={t("deals.milestones.owner")} {...form.getInputProps("owner")} w={180} />
              <Button type="submit" mt={24} loading={add.isPending} variant="light">
                {t("deals.milestones.add")}
              </Button>
            </Group>
            <FormError message={failure} />
          </form>
        ) : null}
      </Stack>
    </TitledPanel>
  );
}
