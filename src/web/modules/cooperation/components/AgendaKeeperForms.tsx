import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Tabs, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { PRIORITY_AREAS, type TAgenda, TARGET_KINDS } from "../../../../contracts/cooperation";
import { FormError } from "../../../ui/ErrorAlert";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { type AgendaPart, useSaveAgendaPart } from "../hooks/agendas";

type Meeting = TAgenda["meetings"][number];
type Commitment = TAgenda["commitments"][number];
type Target = TAgenda["targets"][number];
/** Each form adds a new part, or with `existing` changes that one; `onSaved` runs after either. */
type FormProps<P> = { agendaId: string; existing?: P; onSaved?: () => void };

/** What keepers add to an agenda: a high-level meeting, a commitment, a target. */
export function AgendaKeeperForms({ agenda }: { agenda: TAgenda }) {
  const { t } = useTranslation();
  return (
    <TitledPanel look="section" title={t("agendas.add.title")}>
      <Tabs defaultValue="commitment" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="commitment">{t("agendas.add.commitment")}</Tabs.Tab>
          <Tabs.Tab value="meeting">{t("agendas.add.meeting")}</Tabs.Tab>
          <Tabs.Tab value="target">{t("agendas.add.target")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="commitment" pt="sm">
          <CommitmentForm agendaId={agenda.id} />
        </Tabs.Panel>
        <Tabs.Panel value="meeting" pt="sm">
          <MeetingForm agendaId={agenda.id} />
        </Tabs.Panel>
        <Tabs.Panel value="target" pt="sm">
          <TargetForm agendaId={agenda.id} />
        </Tabs.Panel>
      </Tabs>
    </TitledPanel>
  );
}

/** One small form that adds to the agenda and clears itself, or changes an existing part. */
function useAgendaForm<Values extends Record<string, unknown>>(
  props: FormProps<{ id: string }>,
  part: AgendaPart,
  initialValues: Values,
  toBody: (v: Values) => unknown,
) {
  const save = useSaveAgendaPart(props.agendaId, part);
  const form = useForm<Values>({ initialValues });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    await save.mutateAsync({ id: props.existing?.id ?? null, body: toBody(values) });
    if (!props.existing) form.reset();
    props.onSaved?.();
  });
  return { form, submit, failure, pending: save.isPending };
}

export function CommitmentForm(props: FormProps<Commitment>) {
  const { t } = useTranslation();
  const c = props.existing;
  const { form, submit, failure, pending } = useAgendaForm(
    props,
    "commitments",
    { title: c?.title ?? "", area: (c?.area ?? null) as string | null, owner: c?.owner ?? "", ownerEmail: c?.ownerEmail ?? "", dueDate: c?.dueDate ?? "" },
    (v) => ({ ...v, ownerEmail: v.ownerEmail.trim() || null }),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="commitment-form">
      <Stack gap="xs">
        <TextInput label={t("agendas.col.commitment")} {...form.getInputProps("title")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("agendas.add.area")}
            data={PRIORITY_AREAS.map((a) => ({ value: a, label: t(`agendas.area.${a}`) }))}
            clearable
            {...form.getInputProps("area")}
          />
          <TextInput label={t("agendas.col.due")} placeholder="2026-06-30" {...form.getInputProps("dueDate")} />
          <TextInput label={t("agendas.col.owner")} {...form.getInputProps("owner")} />
          <TextInput label={t("agendas.add.ownerEmail")} type="email" {...form.getInputProps("ownerEmail")} />
        </SimpleGrid>
        <FormFooter failure={failure} pending={pending} editing={Boolean(props.existing)} />
      </Stack>
    </form>
  );
}

export function MeetingForm(props: FormProps<Meeting>) {
  const { t } = useTranslation();
  const m = props.existing;
  const { form, submit, failure, pending } = useAgendaForm(
    props,
    "meetings",
    { date: m?.date ?? "", place: m?.place ?? "", participants: m?.participants ?? "", decisions: m?.decisions ?? "" },
    (v) => v,
  );
  return (
    <form onSubmit={submit} noValidate data-testid="meeting-form">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("agendas.add.date")} placeholder="2025-04-03" {...form.getInputProps("date")} />
          <TextInput label={t("agendas.add.place")} {...form.getInputProps("place")} />
        </SimpleGrid>
        <TextInput label={t("agendas.add.participants")} {...form.getInputProps("participants")} />
        <Textarea label={t("agendas.add.decisions")} autosize minRows={2} {...form.getInputProps("decisions")} />
        <FormFooter failure={failure} pending={pending} editing={Boolean(props.existing)} />
      </Stack>
    </form>
  );
}

export function TargetForm(props: FormProps<Target>) {
  const { t } = useTranslation();
  const x = props.existing;
  const { form, submit, failure, pending } = useAgendaForm(
    props,
    "targets",
    {
      kind: (x?.kind ?? "turnover_usd") as string,
      year: (x?.year ?? new Date().getFullYear()) as number | string,
      target: (x?.target ?? "") as number | string,
      // Computed actuals are not the keepers' to enter; only theirs come back into the form.
      actual: (x?.actualSource === "keepers" ? (x.actual ?? "") : "") as number | string,
      reported: (x?.reported ?? "") as number | string,
      source: x?.source ?? "",
    },
    (v) => ({
      // A target keeps its kind; a new one chooses it.
      ...(x ? {} : { kind: v.kind }),
      year: Number(v.year),
      target: v.target === "" ? Number.NaN : Number(v.target),
      actual: v.actual === "" ? null : Number(v.actual),
      reported: v.reported === "" ? null : Number(v.reported),
      source: v.source,
    }),
  );
  const computed = form.getValues().kind === "turnover_usd" || form.getValues().kind === "joint_enterprises";
  return (
    <form onSubmit={submit} noValidate data-testid="target-form">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t("agendas.add.kind")}
            data={TARGET_KINDS.map((k) => ({ value: k, label: t(`agendas.kind.${k}`) }))}
            allowDeselect={false}
            disabled={Boolean(x)}
            {...form.getInputProps("kind")}
          />
          <NumberInput label={t("agendas.add.year")} min={2000} max={2100} allowDecimal={false} {...form.getInputProps("year")} />
          <NumberInput label={t("agendas.add.targetValue")} min={0} thousandSeparator=" " {...form.getInputProps("target")} />
          {computed ? null : <NumberInput label={t("agendas.add.actual")} min={0} {...form.getInputProps("actual")} />}
          <NumberInput label={t("agendas.add.reported")} min={0} thousandSeparator=" " {...form.getInputProps("reported")} />
          <TextInput label={t("agendas.add.source")} {...form.getInputProps("source")} />
        </SimpleGrid>
        <FormFooter failure={failure} pending={pending} editing={Boolean(props.existing)} />
      </Stack>
    </form>
  );
}

function FormFooter({ failure, pending, editing }: { failure?: string; pending: boolean; editing: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <FormError message={failure} />
      <Group justify="flex-end">
        <Button type="submit" loading={pending}>
          {editing ? t("common.save") : t("agendas.add.save")}
        </Button>
      </Group>
    </>
  );
}
