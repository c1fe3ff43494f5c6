import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { errorMessage } from "./ErrorAlert";

/**
 * For a button that acts outside a form: runs the action and keeps the sentence saying why it
 * failed (the field's own message when the server named one), for a FormError beside the button.
 */
export function useActionFailure() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setFailure(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      const field = error instanceof ApiError ? Object.values(error.fieldErrors())[0] : undefined;
      setFailure(field ?? errorMessage(error, t));
      return false;
    }
  };
  return { failure, run };
}
