import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { explainAuthError } from "./auth-errors";
import { safeNext } from "./safe-next";

/**
 * The submit handler of an account form. A refusal is split by `explainAuthError`: what concerns
 * one input goes beside it, the rest becomes `message` for the alert above the form.
 */
export function useAuthSubmit<Values>(form: UseFormReturnType<Values>, send: (values: Values) => Promise<void>) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();
  const submit = form.onSubmit(async (values) => {
    setMessage(undefined);
    try {
      await send(values);
    } catch (error) {
      const explained = explainAuthError(error, t);
      form.setErrors(explained.fields);
      setMessage(explained.message);
    }
  });
  return { submit, message };
}

/** After signing in or up, back to the page that asked for it (`?next=`), else the account page. */
export function useContinueSignedIn(): () => void {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return () => navigate(safeNext(params.get("next")) ?? "/account");
}
