import { Button, Group, Select, SimpleGrid, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { TVisitorCategory } from "../../../../../contracts/exhibitions";
import { FormError } from "../../../../ui/ErrorAlert";
import { useFormSubmit } from "../../../../ui/useFormSubmit";
import { useLanguage } from "../../../../ui/useLanguage";
import { useAddVisitor } from "../../hooks/registrations-admin";
import { PersonFields } from "../PersonFields";
import { ORGANISER_TEXTS, type PersonValues, toPersonInput, validatePerson } from "../person-values";
import { categoryOptions } from "./category-options";

type Values = PersonValues & { category: TVisitorCategory };

/** An organiser registers someone in any category (a VIP, a delegation member); the badge is e-mailed to them. */
export function AddVisitorForm({ forumId, onDone }: { forumId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddVisitor(forumId);
  const form = useForm<Values>({
    initialValues: { fullName: "", email: "", organizationName: "", jobTitle: "", country: null, category: "trade_visitor", language },
    validate: (values) => validatePerson(values, t, ORGANISER_TEXTS),
  });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    const saved = await add.mutateAsync({ ...toPersonInput(values), category: values.category });
    notifications.show({ color: "green", message: t("registrationsAdmin.add.done", { name: saved.fullName }) });
    form.reset();
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate data-testid="add-visitor-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PersonFields form={form} texts={ORGANISER_TEXTS} fields={["fullName", "email", "organizationName", "jobTitle", "country"]} autoFocus />
          <Select
            label={t("registrationsAdmin.add.category")}
            data={categoryOptions(t)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps("category")}
          />
          <PersonFields form={form} texts={ORGANISER_TEXTS} fields={["language"]} />
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
