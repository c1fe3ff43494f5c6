import { Button, Group, Radio, Stack, Stepper } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TMe } from "../../../../contracts/directory";
import { SELF_CATEGORIES, type TRegistration } from "../../../../contracts/exhibitions";
import type { ApiError } from "../../../api/client";
import { FormError } from "../../../ui/ErrorAlert";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { useRegister } from "../hooks/registrations";
import { PersonFields } from "./PersonFields";
import { REGISTRATION_TEXTS } from "./person-values";
import { type RegistrationValues, STEP_FIELDS, STEP_OF, toRegistrationInput, validateRegistration } from "./registration-values";

type Props = { forumId: string; me: TMe | null; onRegistered: (registration: TRegistration) => void; onRefused: (error: ApiError) => void };

/** Registration in three short steps: who you are, how to reach you, why you come. */
export function RegistrationForm({ forumId, me, onRegistered, onRefused }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phone = useMediaQuery("(max-width: 36em)");
  const register = useRegister(forumId);
  const [active, setActive] = useState(0);
  const form = useForm<RegistrationValues>({
    initialValues: {
      fullName: me?.user.name ?? "",
      organizationName: "",
      jobTitle: "",
      email: me?.user.email ?? "",
      country: null,
      language,
      category: "trade_visitor",
    },
    validate: (values) => validateRegistration(values, t),
  });
  const { submit, failure } = useFormSubmit(
    form,
    async (values) => {
      onRegistered(await register.mutateAsync(toRegistrationInput(values)));
    },
    {
      onError: (error) => {
        const steps = error.errors.map((e) => STEP_OF[e.field.replace(/^body\./, "") as keyof RegistrationValues]).filter((step) => step !== undefined);
        if (steps.length) setActive(Math.min(...steps));
        onRefused(error);
        return undefined;
      },
    },
  );

  // A step is done when its own fields are valid; later steps' errors wait until they are shown.
  const next = () => {
    const invalid = STEP_FIELDS[active].some((field) => form.validateField(field).hasError);
    if (!invalid) setActive((step) => Math.min(step + 1, 2));
  };
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (active < 2) {
      event.preventDefault();
      next();
    } else submit(event);
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="registration-form">
      <Stack gap="lg">
        <Stepper active={active} onStepClick={(step) => step < active && setActive(step)} size={phone ? "xs" : "sm"} allowNextStepsSelect={false}>
          <Stepper.Step label={t("registration.steps.who")} description={phone ? undefined : t("registration.steps.whoHint")}>
            <Stack gap="sm" mt="md">
              <PersonFields
                form={form}
                texts={REGISTRATION_TEXTS}
                fields={STEP_FIELDS[0]}
                hints={{ fullName: t("registration.form.fullNameHint") }}
                autoFocus
              />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t("registration.steps.contact")} description={phone ? undefined : t("registration.steps.contactHint")}>
            <Stack gap="sm" mt="md">
              <PersonFields
                form={form}
                texts={REGISTRATION_TEXTS}
                fields={STEP_FIELDS[1]}
                hints={{ email: t("registration.form.emailHint"), language: t("registration.form.languageHint") }}
              />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t("registration.steps.category")} description={phone ? undefined : t("registration.steps.categoryHint")}>
            <Radio.Group
              mt="md"
              label={t("registration.form.category")}
              value={form.values.category}
              onChange={(value) => form.setFieldValue("category", value as RegistrationValues["category"])}
              error={form.errors.category}
            >
              <Stack gap="sm" mt="xs">
                {SELF_CATEGORIES.map((category) => (
                  <Radio
                    key={category}
                    value={category}
                    label={t(`registration.categories.${category}`)}
                    description={t(`registration.categoryHints.${category}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Stepper.Step>
        </Stepper>
        <FormError message={failure} testId="form-error" />
        <Group justify="space-between">
          {active > 0 ? (
            <Button variant="default" onClick={() => setActive((step) => step - 1)}>
              {t("registration.back")}
            </Button>
          ) : (
            <span />
          )}
          {active < 2 ? (
            <Button type="submit">{t("registration.next")}</Button>
          ) : (
            <Button type="submit" loading={register.isPending}>
              {t("registration.submit")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
