import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TOrganization } from "../../../../contracts/directory";
import { errorMessage } from "../../../ui/ErrorAlert";
import { organizationName } from "../../../ui/localized";
import { MultiLanguageInput } from "../../../ui/MultiLanguageInput";
import { collapseFields, useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useSaveOrganization, useUploadLogo } from "../hooks/directory";
import { FormActions } from "./FormActions";
import { FormSection } from "./FormSection";
import { CountrySelect, RegionSelect } from "./JurisdictionSelects";
import { LogoPicker } from "./LogoPicker";
import { localizedFields } from "./localized-fields";
import { type OrganizationFormValues, type OrganizationSize, toFormValues, toInput, validateOrganization } from "./organization-form-values";
import { SectorMultiSelect } from "./SectorSelects";
import { SpokenLanguagesSelect } from "./SpokenLanguagesSelect";

const SIZES: OrganizationSize[] = ["micro", "small", "medium", "large"];

type Props = { organization?: TOrganization; onSaved: (organization: TOrganization) => void };

/** Creates an organisation or edits its profile; the logo is uploaded after the profile is saved. */
export function OrganizationProfileForm({ organization, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveOrganization(organization?.id);
  const uploadLogo = useUploadLogo();
  const [logo, setLogo] = useState<File | null>(null);
  const form = useForm<OrganizationFormValues>({
    initialValues: toFormValues(organization),
    validate: (values) => validateOrganization(values, t),
  });
  const v = form.values;
  const localized = localizedFields<"legalName" | "shortName" | "description">(form);
  const { submit, failure } = useFormSubmit(
    form,
    async (values, fail) => {
      let saved = await save.mutateAsync(toInput(values));
      if (logo) {
        try {
          saved = await uploadLogo.mutateAsync({ organizationId: saved.id, file: logo });
        } catch (error) {
          // The profile is saved; say so, and let the person retry the logo from the edit page.
          fail(`${t("organizationForm.logoFailed")} ${errorMessage(error, t)}`);
        }
      }
      onSaved(saved);
    },
    { rename: collapseFields(["sectors", "languages"]), onError: (error) => errorMessage(error, t) },
  );

  const previewName = organizationName({ shortName: v.shortName, legalName: v.legalName }, language);

  return (
    <form onSubmit={submit} noValidate data-testid="organization-form">
      <Stack gap="lg">
        <FormSection title={t("organizationForm.names")} description={t("organizationForm.namesHint")}>
          <MultiLanguageInput label={t("organizationForm.legalName")} required maxLength={200} {...localized("legalName")} testId="legal-name" />
          <MultiLanguageInput label={t("organizationForm.shortName")} maxLength={80} {...localized("shortName")} testId="short-name" />
        </FormSection>

        <FormSection title={t("organizationForm.location")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CountrySelect
              label={t("organizationForm.country")}
              required
              value={v.country}
              onChange={(country) => {
                form.setFieldValue("country", country);
                // A region of the previous country would contradict the new one.
                if (country !== v.country) form.setFieldValue("region", null);
              }}
              error={form.errors.country}
            />
            <RegionSelect
              label={t("organizationForm.region")}
              country={v.country}
              value={v.region}
              onChange={(region) => form.setFieldValue("region", region)}
              error={form.errors.region}
            />
            <TextInput label={t("organizationForm.city")} maxLength={100} {...form.getInputProps("city")} />
            <TextInput label={t("organizationForm.address")} maxLength={300} {...form.getInputProps("address")} />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t("organizationForm.profile")}>
          <TextInput label={t("organizationForm.website")} placeholder="https://" type="url" {...form.getInputProps("website")} />
          <SectorMultiSelect
            label={t("organizationForm.sectors")}
            value={v.sectors}
            onChange={(sectors) => form.setFieldValue("sectors", sectors)}
            error={form.errors.sectors}
          />
          <SpokenLanguagesSelect
            label={t("organizationForm.languages")}
            value={v.languages}
            onChange={(languages) => form.setFieldValue("languages", languages)}
            error={form.errors.languages}
          />
          <Select
            label={t("organizationForm.size")}
            data={SIZES.map((size) => ({ value: size, label: t(`sizes.${size}`) }))}
            value={v.size}
            onChange={(size) => form.setFieldValue("size", (size as OrganizationSize | null) ?? null)}
            clearable
            placeholder={t("organizationForm.chooseSize")}
            error={form.errors.size}
            comboboxProps={{ withinPortal: true }}
          />
          <MultiLanguageInput label={t("organizationForm.description")} multiline maxLength={5000} {...localized("description")} testId="description" />
        </FormSection>

        <FormSection title={t("organizationForm.logo")}>
          <LogoPicker name={previewName} currentUrl={organization?.logoUrl ?? null} file={logo} onChange={setLogo} />
        </FormSection>

        <FormActions
          failure={failure}
          submitting={save.isPending || uploadLogo.isPending}
          submitLabel={organization ? t("common.save") : t("organizationForm.create")}
        />
      </Stack>
    </form>
  );
}
