import { Button, Group, Modal, NumberInput, Radio, SimpleGrid, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { OUTCOMES, type TMeeting } from "../../../../../contracts/matchmaking";
import { FormError } from "../../../../ui/ErrorAlert";
import { pickLocalized } from "../../../../ui/localized";
import { useFormSubmit } from "../../../../ui/useFormSubmit";
import { useLanguage } from "../../../../ui/useLanguage";
import { CurrencySelect } from "../../../directory/components/CurrencySelect";
import { useRecordOutcome } from "../../hooks/agenda";
import { counterpartOf } from "./agenda-days";

type Outcome = (typeof OUTCOMES)[number];
type Values = { outcome: Outcome; value: number | string; currency: string | null; note: string };
type Props = { forumId: string; meeting: TMeeting; organizationId: string; onClose: () => void };

const hasNumber = (value: number | string) => value !== "" && !Number.isNaN(Number(value));

/** What came of a meeting, for the acting side: nothing, a follow-up, or a deal expected (with its value). */
export function OutcomeModal({ forumId, meeting, organizationId, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phone = useMediaQuery("(max-width: 36em)");
  const record = useRecordOutcome(forumId);
  const mine = meeting.outcomes.find((o) => o.organizationId === organizationId);
  const form = useForm<Values>({
    initialValues: { outcome: mine?.outcome ?? "follow_up", value: mine?.value ?? "", currency: mine?.currency ?? null, note: mine?.note ?? "" },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (values.outcome !== "deal_expected") return errors;
      if (hasNumber(values.value) && (Number(values.value) <= 0 || Number(values.value) > 1e13)) errors.value = t("matchmaking.outcome.valuePositive");
      if (hasNumber(values.value) && !values.currency) errors.currency = t("matchmaking.outcome.currencyRequired");
      if (!hasNumber(values.value) && values.currency) errors.value = t("matchmaking.outcome.valueRequired");
      if (values.note.length > 2000) errors.note = t("matchmaking.answer.tooLong", { max: 2000 });
      return errors;
    },
  });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    const deal = values.outcome === "deal_expected" && hasNumber(values.value);
    await record.mutateAsync({
      meetingId: meeting.id,
      outcome: {
        organizationId,
        outcome: values.outcome,
        value: deal ? Number(values.value) : null,
        currency: deal ? values.currency : null,
        note: values.note.trim() || null,
      },
    });
    notifications.show({ color: "brand", message: t("matchmaking.outcome.saved") });
    onClose();
  });
  const name = pickLocalized(counterpartOf(meeting, organizationId).name, language);

  return (
    <Modal opened onClose={onClose} title={t("matchmaking.outcome.title", { name })} size="md" fullScreen={phone}>
      <form onSubmit={submit} noValidate data-testid="outcome-form">
        <Stack gap="md">
          <Radio.Group label={t("matchmaking.outcome.label")} {...form.getInputProps("outcome")}>
            <Stack gap="xs" mt={6}>
              {OUTCOMES.map((outcome) => (
                <Radio key={outcome} value={outcome} label={t(`matchmaking.outcomes.${outcome}`)} data-testid={`outcome-${outcome}`} />
              ))}
            </Stack>
          </Radio.Group>
          {form.values.outcome === "deal_expected" ? (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput
                label={t("matchmaking.outcome.value")}
                min={0}
                decimalScale={2}
                thousandSeparator=" "
                hideControls
                data-testid="outcome-value"
                {...form.getInputProps("value")}
              />
              <CurrencySelect
                label={t("matchmaking.outcome.currency")}
                value={form.values.currency}
                onChange={(currency) => form.setFieldValue("currency", currency)}
                error={form.errors.currency}
              />
            </SimpleGrid>
          ) : null}
          <Textarea label={t("matchmaking.outcome.note")} autosize minRows={2} maxLength={2000} data-testid="outcome-note" {...form.getInputProps("note")} />
          <FormError message={failure} testId="outcome-error" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="outcome-submit">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
