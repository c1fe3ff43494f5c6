import { Button, PasswordInput, type PasswordInputProps, Stack } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../../ui/ErrorAlert";

type Props = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Why the last attempt failed, shown above the inputs. */
  message?: string;
  messageTestId?: string;
  submitLabel: string;
  submitting: boolean;
  children: ReactNode;
};

/** The inputs of an account page between the reason the last attempt failed and a full-width submit button. */
export function AuthForm({ onSubmit, message, messageTestId, submitLabel, submitting, children }: Props) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormError message={message} testId={messageTestId} />
        {children}
        <Button type="submit" loading={submitting} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

/** A password input whose show/hide button is named for screen readers. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("auth.toggleVisibility") }} required {...props} />;
}
