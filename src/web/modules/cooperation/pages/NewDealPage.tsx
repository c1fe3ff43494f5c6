import { Button, Container, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { DEAL_STAGES } from "../../../../contracts/cooperation";
import { FormError } from "../../../ui/ErrorAlert";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { OrganizationSearchSelect } from "../../matchmaking/components/organiser/OrganizationSearchSelect";
import { type DealFormValues, formFieldOf, toDealInput } from "../components/deal-form-values";
import { useCreateDeal } from "../hooks/deals";

const KINDS = ["sale", "supply_contract", "distribution", "joint_venture"] as const;

/** Starts a deal or joint venture; opened from an opportunity, it comes filled in with what the opportunity says. */
export function NewDealPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const create = useCreateDeal();
  useDocumentTitle(t("deals.new"));
  const memberships = me.data?.memberships ?? [];
  const kind = (KINDS as readonly string[]).includes(params.get("kind") ?? "") ? (params.get("kind") as DealFormValues["kind"]) : "supply_contract";
  const form = useForm<DealFormValues>({
    initialValues: {
      kind,
      title: params.get("title") ?? "",
      description: "",
      myOrganization: memberships[0]?.organizationId ?? null,
      partner1: params.get("partner") ?? null,
      partner2: null,
      sharedWith: null,
      stage: "lead",
      value: params.get("value") ?? "",
      currency: params.get("currency") ?? "USD",
      usdRate: "",
      rateDate: "",
      hsCodes: params.get("hs") ?? "",
      location: "",
      jurisdiction: params.get("where") ?? "",
      yearlyCapacity: "",
      investmentUsd: "",
      jobs: "",
      startDate: "",
      origin: params.get("meeting")
        ? { type: "meeting", ref: params.get("meeting") as string }
        : params.get("opportunity")
          ? { type: "opportunity", ref: params.get("opportunity") as string }
          : null,
    },
    validate: {
      title: (value) => (value.trim() ? null : t("deals.validation.title")),
      myOrganization: (value) => (value ? null : t("deals.validation.myOrganization")),
    },
  });
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const deal = await create.mutateAsync(toDealInput(values, language));
      navigate(`/deals/${deal.id}`);
    },
    { rename: formFieldOf },
  );
  const jointVenture = form.getValues().kind === "joint_venture";
  const foreign = form.getValues().currency.trim().toUpperCase() !== "USD";
  return (
    <Container size="md" py="lg">
      <form onSubmit={submit} noValidate data-testid="deal-form">
        <Stack gap="md">
          <Title order={1}>{t("deals.new")}</Title>
          {memberships.length === 0 ? <Text c="dimmed">{t("deals.needOrganization")}</Text> : null}
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t("deals.field.kind")}
                  data={KINDS.map((k) => ({ value: k, label: t(`deals.kind.${k}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps("kind")}
                />
                <Select
                  label={t("deals.field.stage")}
                  data={DEAL_STAGES.filter((s) => s !== "dropped").map((s) => ({ value: s, label: t(`deals.stage.${s}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps("stage")}
                />
              </SimpleGrid>
              <TextInput label={t("deals.field.title")} required {...form.getInputProps("title")} />
              <Textarea label={t("deals.field.description")} autosize minRows={2} {...form.getInputProps("description")} />
              <Select
                label={t("deals.field.myOrganization")}
                data={memberships.map((m) => ({ value: m.organizationId, label: pickLocalized(m.organizationName, language) }))}
                required
                allowDeselect={false}
                {...form.getInputProps("myOrganization")}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <OrganizationSearchSelect
                  label={t("deals.field.partner")}
                  value={form.getValues().partner1}
                  onChange={(id) => form.setFieldValue("partner1", id)}
                  error={form.errors.partner1}
                  required={false}
                  testId="deal-partner"
                />
                <OrganizationSearchSelect
                  label={t("deals.field.partner2")}
                  value={form.getValues().partner2}
                  onChange={(id) => form.setFieldValue("partner2", id)}
                  error={form.errors.partner2}
                  required={false}
                  testId="deal-partner-2"
                />
              </SimpleGrid>
              <OrganizationSearchSelect
                label={t("deals.field.sharedWith")}
                value={form.getValues().sharedWith}
                onChange={(id) => form.setFieldValue("sharedWith", id)}
                error={form.errors.sharedWith}
                required={false}
                testId="deal-shared-with"
              />
              <Text size="xs" c="dimmed">
                {t("deals.sharingHint")}
              </Text>
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput label={t("deals.field.value")} min={0} thousandSeparator=" " {...form.getInputProps("value")} />
                <TextInput label={t("deals.field.currency")} maxLength={3} {...form.getInputProps("currency")} />
                {foreign ? <NumberInput label={t("deals.field.usdRate")} min={0} decimalScale={8} {...form.getInputProps("usdRate")} /> : null}
                {foreign ? <TextInput label={t("deals.field.rateDate")} placeholder="2025-04-10" {...form.getInputProps("rateDate")} /> : null}
              </SimpleGrid>
              <TextInput label={t("deals.field.hsCodes")} placeholder="5004, 5005" {...form.getInputProps("hsCodes")} />
            </Stack>
          </Paper>
          {jointVenture ? (
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                <Title order={2} fz="h4">
                  {t("deals.facility.title")}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput label={t("deals.facility.location")} {...form.getInputProps("location")} />
                  <TextInput label={t("deals.facility.jurisdiction")} placeholder="TJ-SU" {...form.getInputProps("jurisdiction")} />
                  <TextInput label={t("deals.facility.yearlyCapacity")} {...form.getInputProps("yearlyCapacity")} />
                  <NumberInput label={t("deals.facility.investmentUsd")} min={0} thousandSeparator=" " {...form.getInputProps("investmentUsd")} />
                  <NumberInput label={t("deals.facility.jobs")} min={0} allowDecimal={false} {...form.getInputProps("jobs")} />
                  <TextInput label={t("deals.facility.startDate")} placeholder="2026-03-01" {...form.getInputProps("startDate")} />
                </SimpleGrid>
              </Stack>
            </Paper>
          ) : null}
          <FormError message={failure} testId="form-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("deals.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Container>
  );
}
