import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { DECISIONS, TApplication, TFloorPlan } from "../../../../contracts/exhibitions";
import { FormError } from "../../../ui/ErrorAlert";
import { pickLocalized } from "../../../ui/localized";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useDecide } from "../hooks/applications";
import { BoothSelect } from "./BoothSelect";

export type Decision = (typeof DECISIONS)[number];
type Props = { forumId: string; application: TApplication; decision: Decision; plan: TFloorPlan | undefined; onClose: () => void };
type Values = { message: string; boothId: string | null };

/** The organiser's answer with a message to the exhibitor; approving can assign the booth at once. */
export function DecisionModal({ forumId, application, decision, plan, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phone = useMediaQuery("(max-width: 36em)");
  const decide = useDecide(forumId);
  const current = application.booth?.id ?? null;
  const form = useForm<Values>({ initialValues: { message: "", boothId: current } });
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const boothChanged = decision === "approved" && values.boothId !== current;
      await decide.mutateAsync({
        applicationId: application.id,
        decision: { status: decision, message: values.message.trim(), ...(boothChanged ? { boothId: values.boothId } : {}) },
      });
      notifications.show({ color: "brand", message: t(`exhibitors.review.done.${decision}`) });
      onClose();
    },
    {
      rename: (field) => field.replace(/^body\./, ""),
      onError: (error) => {
        if (error.code !== "booth_taken") return undefined;
        form.setFieldError("boothId", t("exhibitors.apply.boothTaken"));
        return t("exhibitors.apply.boothTaken");
      },
    },
  );
  const name = pickLocalized(application.organization.name, language);

  return (
    <Modal opened onClose={onClose} title={t(`exhibitors.review.titles.${decision}`, { name })} size="lg" fullScreen={phone}>
      <form onSubmit={submit} noValidate data-testid="decision-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t(`exhibitors.review.hints.${decision}`)}
          </Text>
          {decision === "approved" ? (
            <BoothSelect
              plan={plan}
              label={t("exhibitors.booth")}
              description={t("exhibitors.review.boothHint")}
              value={form.values.boothId}
              onChange={(id) => form.setFieldValue("boothId", id)}
              keep={[current]}
              clearable
              error={form.errors.boothId}
              testId="decision-booth"
            />
          ) : null}
          <Textarea
            label={t("exhibitors.review.message")}
            description={t("exhibitors.review.messageHint")}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps("message")}
          />
          <FormError message={failure} testId="decision-error" />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={decide.isPending} color={decision === "rejected" ? "red" : decision === "waitlisted" ? "yellow" : undefined}>
              {t(`exhibitors.review.actions.${decision}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
