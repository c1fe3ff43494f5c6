import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

/** Explains a failed request in words, using the server's own detail when it gave one. */
export function errorMessage(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    if (error.code === "network_error") return t("errors.network");
    if (error.code === "rate_limited") return t("errors.rateLimited");
    if (error.status === 401) return error.detail ?? t("errors.unauthenticated");
    if (error.status === 403) return error.detail ?? t("errors.forbidden");
    if (error.status === 404) return error.detail ?? t("errors.notFound");
    return error.detail ?? t("errors.generic");
  }
  return t("errors.generic");
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title ?? t("errors.title")} role="alert">
      {errorMessage(error, t)}
    </Alert>
  );
}

/** Why a form was not sent, above or below it; nothing while there is no reason to show. */
export function FormError({ message, testId }: { message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId}>
      {message}
    </Alert>
  );
}
