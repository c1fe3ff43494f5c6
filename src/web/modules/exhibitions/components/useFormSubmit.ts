import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { errorMessage } from "../../../ui/ErrorAlert";

/** Maps a server field path ("body.venue.city", "venue.city") to the form's path ("city"), or null to drop it. */
export type FieldRename = (field: string) => string | null;

/**
 * The submit handler of an Expo form: validates, saves, and on failure puts the server's field
 * errors beside the inputs and says why above the button. Returns the server's error too, so a
 * form can react to a particular code (a booth taken meanwhile).
 */
export function useFormSubmit<Values>(
  form: UseFormReturnType<Values>,
  save: (values: Values) => Promise<void>,
  /** `onError` may return the sentence to show above the button instead of the usual one. */
  options: { rename?: FieldRename; onError?: (error: ApiError) => string | undefined } = {},
) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const submit = form.onSubmit(
    async (values) => {
      setFailure(undefined);
      try {
        await save(values);
      } catch (error) {
        if (error instanceof ApiError) {
          const errors: Record<string, string> = {};
          const current = form.getValues() as Record<string, unknown>;
          for (const [field, message] of Object.entries(error.fieldErrors())) {
            const target = options.rename ? options.rename(field) : field;
            // An error about something the form has no input for is said above the button instead.
            if (target && target.split(".")[0] in current && !(target in errors)) errors[target] = message;
          }
          const placed = Object.keys(errors).length > 0;
          if (placed) form.setErrors(errors);
          // The field says what is wrong; above the button it is enough to point there.
          setFailure(options.onError?.(error) || (placed ? t("validation.fixFields") : errorMessage(error, t)));
          return;
        }
        setFailure(errorMessage(error, t));
      }
    },
    () => setFailure(t("validation.fixFields")),
  );
  return { submit, failure, setFailure };
}
