import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { PARTNERSHIP_TYPES, PROFILE_KINDS, QUANTITY_PERIODS, type TProfile, type TProfileKind } from "../../../../../contracts/matchmaking";
import { FormError } from "../../../../ui/ErrorAlert";
import { MultiLanguageInput } from "../../../../ui/MultiLanguageInput";
import { collapseFields, useFormSubmit } from "../../../../ui/useFormSubmit";
import { FormSection } from "../../../directory/components/FormSection";
import { localizedFields } from "../../../directory/components/localized-fields";
import { SpokenLanguagesSelect } from "../../../directory/components/SpokenLanguagesSelect";
import { useSaveProfile } from "../../hooks/profiles";
import { HsCodesInput } from "./HsCodesInput";
import { MarketMultiSelect } from "./MarketMultiSelect";
import {
  type PartnershipType,
  PROFILE_LIMITS,
  type ProfileFormValues,
  type QuantityPeriod,
  toFormValues,
  toInput,
  validateProfile,
} from "./profile-form-values";

type Props = { organizationId: string; profile?: TProfile; onDone: () => void };

/** Every field of a cooperation profile; checked here as the server checks it, and its refusals land on the field. */
export function ProfileForm({ organizationId, profile, onDone }: Props) {
  const { t } = useTranslation();
  const save = useSaveProfile(organizationId, profile?.id);
  const form = useForm<ProfileFormValues>({ initialValues: toFormValues(profile), validate: (values) => validateProfile(values, t) });
  const v = form.values;
  const localized = localizedFields<"title" | "description">(form);
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      await save.mutateAsync(toInput(values));
      onDone();
    },
    { rename: collapseFields(["hsCodes", "certificates", "targetMarkets", "languages"]) },
  );
  const f = (key: string, options?: Record<string, unknown>) => t(`matchmaking.profileForm.${key}`, options);

  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <Stack gap="lg">
        <FormSection title={f("what")}>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {f("kind")}
            </Text>
            <SegmentedControl
              fullWidth
              data={PROFILE_KINDS.map((kind) => ({ value: kind, label: t(`matchmaking.kinds.${kind}`) }))}
              value={v.kind}
              onChange={(kind) => form.setFieldValue("kind", kind as TProfileKind)}
              data-testid="profile-kind-input"
            />
            <Text size="xs" c="dimmed" mt={4}>
              {f(`kindHints.${v.kind}`)}
            </Text>
          </div>
          {v.kind === "partnership" ? (
            <Select
              label={f("partnershipType")}
              required
              data={PARTNERSHIP_TYPES.map((type) => ({ value: type, label: t(`matchmaking.partnershipTypes.${type}`) }))}
              value={v.partnershipType}
              onChange={(type) => form.setFieldValue("partnershipType", type as PartnershipType | null)}
              error={form.errors.partnershipType}
              comboboxProps={{ withinPortal: true }}
              data-testid="profile-partnership-type"
            />
          ) : null}
          <MultiLanguageInput label={f("title")} required maxLength={PROFILE_LIMITS.title} {...localized("title")} testId="profile-title-input" />
          <MultiLanguageInput
            label={f("description")}
            multiline
            maxLength={PROFILE_LIMITS.description}
            {...localized("description")}
            testId="profile-description-input"
          />
        </FormSection>

        <FormSection title={f("goods")} description={f("goodsHint")}>
          <HsCodesInput
            label={f("hsCodes")}
            description={v.kind === "partnership" ? f("hsOptional") : f("hsHint")}
            required={v.kind !== "partnership"}
            value={v.hsCodes}
            onChange={(codes) => {
              form.setFieldValue("hsCodes", codes);
              form.clearFieldError("hsCodes");
            }}
            error={form.errors.hsCodes}
            max={PROFILE_LIMITS.hsCodes}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NumberInput
              label={f("quantity")}
              min={0}
              decimalScale={3}
              thousandSeparator=" "
              hideControls
              data-testid="profile-quantity"
              {...form.getInputProps("quantity")}
            />
            <TextInput
              label={f("unit")}
              placeholder={f("unitExample")}
              maxLength={PROFILE_LIMITS.unit}
              data-testid="profile-unit"
              {...form.getInputProps("quantityUnit")}
            />
            <Select
              label={f("period")}
              data={QUANTITY_PERIODS.map((period) => ({ value: period, label: f(`periods.${period}`) }))}
              value={v.quantityPeriod}
              onChange={(period) => form.setFieldValue("quantityPeriod", period as QuantityPeriod | null)}
              clearable
              placeholder={f("periodOnce")}
              comboboxProps={{ withinPortal: true }}
              data-testid="profile-period"
            />
          </SimpleGrid>
          <Switch
            label={f("exportReady")}
            description={f("exportReadyHint")}
            {...form.getInputProps("exportReady", { type: "checkbox" })}
            data-testid="profile-export-ready"
          />
          <TagsInput
            label={f("certificates")}
            description={f("certificatesHint")}
            placeholder={v.certificates.length ? undefined : f("certificatesExample")}
            maxTags={PROFILE_LIMITS.certificates}
            clearable
            data-testid="profile-certificates"
            {...form.getInputProps("certificates")}
          />
        </FormSection>

        <FormSection title={f("markets")}>
          <MarketMultiSelect
            label={f("targetMarkets")}
            value={v.targetMarkets}
            onChange={(codes) => form.setFieldValue("targetMarkets", codes)}
            error={form.errors.targetMarkets}
            max={PROFILE_LIMITS.markets}
          />
          <SpokenLanguagesSelect
            label={f("languages")}
            value={v.languages}
            onChange={(codes) => form.setFieldValue("languages", codes)}
            error={form.errors.languages}
          />
        </FormSection>

        <FormSection title={f("validity")} description={f("validityHint")}>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={f("validFrom")} data-testid="profile-valid-from" {...form.getInputProps("validFrom")} />
            <TextInput
              type="date"
              label={f("validUntil")}
              min={v.validFrom || undefined}
              data-testid="profile-valid-until"
              {...form.getInputProps("validUntil")}
            />
          </SimpleGrid>
        </FormSection>

        <FormError message={failure} testId="form-error" />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="md" loading={save.isPending} data-testid="profile-save">
            {profile ? t("common.save") : f("create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
