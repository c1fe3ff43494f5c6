import { Alert, Button, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api } from "../../../api/client";
import { errorMessage } from "../../../ui/ErrorAlert";

/**
 * Asks an unconfirmed user to open the link mailed to them (invitations wait for it), offers to
 * send it again, and says so when they come back from the link.
 */
export function EmailConfirmation({ email, verified }: { email: string; verified: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const resend = useMutation({
    mutationFn: () => api.post("/api/auth/send-verification-email", { email, callbackURL: "/account?verified=1" }),
    onSuccess: () => notifications.show({ color: "brand", message: t("account.confirmSent", { email }) }),
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }),
  });

  const justConfirmed = params.get("verified") === "1";
  const announced = useRef(false);
  useEffect(() => {
    // Effects may run twice (development, re-renders before the URL settles); say it once.
    if (!justConfirmed || !verified || announced.current) return;
    announced.current = true;
    notifications.show({ color: "brand", message: t("account.confirmed") });
    setParams({}, { replace: true });
  }, [justConfirmed, verified, setParams, t]);

  if (verified) return null;
  return (
    <Alert color="saffron" variant="light" title={t("account.confirmTitle")} data-testid="email-confirmation">
      <Text size="sm" mb="sm">
        {t("account.confirmText", { email })}
      </Text>
      <Button size="xs" variant="white" loading={resend.isPending} onClick={() => resend.mutate()}>
        {t("account.confirmResend")}
      </Button>
    </Alert>
  );
}
