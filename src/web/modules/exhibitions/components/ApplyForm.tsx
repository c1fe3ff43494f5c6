import { NumberInput, Radio, Select, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TMe } from "../../../../contracts/directory";
import type { TApplication, TFloorPlan, TForum } from "../../../../contracts/exhibitions";
import { pickLocalized } from "../../../ui/localized";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { FormActions } from "../../directory/components/FormActions";
import { FormSection } from "../../directory/components/FormSection";
import { useApply } from "../hooks/applications";
import { floorPlanKey } from "../hooks/forum";
import { BoothPicker } from "./BoothPicker";
import { OrganizerSelect } from "./OrganizerSelect";
import { ProductChooser } from "./ProductChooser";

type Kind = "booth" | "pavilion_place";
type Values = {
  organizationId: string | null;
  kind: Kind;
  boothId: string | null;
  pavilionId: string | null;
  requestedArea: number | string;
  productIds: string[];
  message: string;
};
type Props = { forum: TForum; plan: TFloorPlan; me: TMe; onApplied: (application: TApplication) => void };

/** An exhibitor's application: which organisation, a booth on the plan or a place in a pavilion, what it shows. */
export function ApplyForm({ forum, plan, me, onApplied }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const apply = useApply(forum.id);
  const form = useForm<Values>({
    initialValues: {
      organizationId: me.memberships.length === 1 ? me.memberships[0].organizationId : null,
      kind: "booth",
      boothId: null,
      pavilionId: null,
      requestedArea: "",
      productIds: [],
      message: "",
    },
    validate: {
      organizationId: (value) => (value ? null : t("exhibitors.apply.chooseOrganization")),
      boothId: (value, values) => (values.kind === "booth" && !value ? t("exhibitors.apply.chooseBoothFirst") : null),
      pavilionId: (value, values) => (values.kind === "pavilion_place" && !value ? t("exhibitors.apply.choosePavilion") : null),
    },
  });
  const v = form.values;
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const booth = values.kind === "booth";
      const area = typeof values.requestedArea === "number" ? values.requestedArea : null;
      const application = await apply.mutateAsync({
        organizationId: values.organizationId ?? "",
        kind: values.kind,
        boothId: booth ? values.boothId : null,
        pavilionId: booth ? null : values.pavilionId,
        requestedArea: booth ? null : area,
        productIds: values.productIds,
        message: values.message.trim(),
      });
      onApplied(application);
    },
    {
      rename: (field) => field.replace(/^body\./, "").replace(/^productIds\.\d+$/, "productIds"),
      onError: (error) => {
        // Someone else took the booth meanwhile: say so at the booth, and show the plan as it is now.
        if (error.code === "already_applied") return t("exhibitors.apply.alreadyApplied");
        if (error.code !== "booth_taken") return undefined;
        form.setFieldValue("boothId", null);
        form.setFieldError("boothId", t("exhibitors.apply.boothTaken"));
        void queryClient.invalidateQueries({ queryKey: floorPlanKey(forum.id) });
        return t("exhibitors.apply.boothTaken");
      },
    },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="apply-form">
      <Stack gap="lg">
        <FormSection title={t("exhibitors.apply.who")}>
          <OrganizerSelect
            me={me}
            label={t("exhibitors.apply.organization")}
            value={v.organizationId}
            onChange={(id) => {
              form.setFieldValue("organizationId", id);
              form.setFieldValue("productIds", []);
            }}
            error={form.errors.organizationId}
            testId="apply-organization"
          />
        </FormSection>

        <FormSection title={t("exhibitors.apply.where")}>
          <Radio.Group value={v.kind} onChange={(kind) => form.setFieldValue("kind", kind as Kind)} label={t("exhibitors.apply.kind")}>
            <Stack gap="xs" mt="xs">
              <Radio value="booth" label={t("exhibitors.kind.booth")} description={t("exhibitors.apply.boothHint")} />
              <Radio
                value="pavilion_place"
                label={t("exhibitors.kind.pavilion_place")}
                description={t("exhibitors.apply.pavilionHint")}
                disabled={plan.pavilions.length === 0}
              />
            </Stack>
          </Radio.Group>
          {v.kind === "booth" ? (
            <BoothPicker plan={plan} value={v.boothId} onChange={(id) => form.setFieldValue("boothId", id)} error={form.errors.boothId} />
          ) : (
            <>
              <Select
                label={t("exhibitors.pavilion")}
                data={plan.pavilions.map((pavilion) => ({ value: pavilion.id, label: pickLocalized(pavilion.name, language) }))}
                required
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps("pavilionId")}
              />
              <NumberInput
                label={t("exhibitors.apply.area")}
                description={t("exhibitors.apply.areaHint")}
                min={1}
                max={10000}
                suffix=" m²"
                {...form.getInputProps("requestedArea")}
              />
            </>
          )}
        </FormSection>

        <FormSection title={t("exhibitors.apply.what")}>
          <ProductChooser
            organizationId={v.organizationId}
            value={v.productIds}
            onChange={(ids) => form.setFieldValue("productIds", ids)}
            error={form.errors.productIds}
          />
          <Textarea
            label={t("exhibitors.apply.message")}
            description={t("exhibitors.apply.messageHint")}
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps("message")}
          />
        </FormSection>

        <FormActions failure={failure} submitting={apply.isPending} submitLabel={t("exhibitors.apply.submit")} />
      </Stack>
    </form>
  );
}
