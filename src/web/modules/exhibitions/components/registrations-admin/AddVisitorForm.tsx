import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TLanguage } from "../../../../../contracts/common";
import type { TVisitorCategory } from "../../../../../contracts/exhibitions";
import { FormError } from "../../../../ui/ErrorAlert";
import { useLanguage } from "../../../../ui/useLanguage";
import { CountrySelect } from "../../../directory/components/JurisdictionSelects";
import { useAddVisitor } from "../../hooks/registrations-admin";
import { BadgeLanguageSelect } from "../BadgeLanguageSelect";
import { useFormSubmit } from "../useFormSubmit";
import { categoryOptions } from "./category-options";

type Values = {
  fullName: string;
  email: string;
  organizationName: string;
  jobTitle: string;
  country: string | null;
  category: TVisitorCategory;
  language: TLanguage;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An organiser registers someone in any category (a VIP, a delegation member); the badge is e-mailed to them. */
export function AddVisitorForm({ forumId, onDone }: { forumId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddVisitor(forumId);
  const form = useForm<Values>({
    initialValues: { fullName: "", email: "", organizationName: "", jobTitle: "", country: null, category: "trade_visitor", language },
    validate: {
      fullName: (value) => (value.trim().length < 2 ? t("registrationsAdmin.add.fullNameRequired") : null),
      email: (value) => (EMAIL.test(value.trim()) ? null : t("registrationsAdmin.add.emailInvalid")),
      country: (value) => (value ? null : t("validation.required")),
    },
  });
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      const saved = await add.mutateAsync({
        fullName: values.fullName.trim(),
        email: values.email.trim(),
        organizationName: values.organizationName.trim() || null,
        jobTitle: values.jobTitle.trim() || null,
        country: values.country ?? "",
        category: values.category,
        language: values.language,
      });
      notifications.show({ color: "green", message: t("registrationsAdmin.add.done", { name: saved.fullName }) });
      form.reset();
      onDone();
    },
    { rename: (field) => field.replace(/^body\./, "") },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="add-visitor-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t("registrationsAdmin.add.fullName")} required maxLength={120} data-autofocus {...form.getInputProps("fullName")} />
          <TextInput label={t("registrationsAdmin.add.email")} type="email" required maxLength={200} {...form.getInputProps("email")} />
          <TextInput label={t("registrationsAdmin.add.organization")} maxLength={200} {...form.getInputProps("organizationName")} />
          <TextInput label={t("registrationsAdmin.add.jobTitle")} maxLength={120} {...form.getInputProps("jobTitle")} />
          <CountrySelect
            label={t("registrationsAdmin.add.country")}
            required
            value={form.values.country}
            onChange={(value) => form.setFieldValue("country", value)}
            error={form.errors.country}
          />
          <Select
            label={t("registrationsAdmin.add.category")}
            data={categoryOptions(t)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps("category")}
          />
          <BadgeLanguageSelect
            label={t("registrationsAdmin.add.language")}
            value={form.values.language}
            onChange={(value) => form.setFieldValue("language", value)}
            error={form.errors.language}
          />
        </SimpleGrid>
        <FormError message={failure} testId="form-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t("registrationsAdmin.add.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
