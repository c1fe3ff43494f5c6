import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { errorMessage } from "./ErrorAlert";

/** Maps a server field path ("venue.city", "sectors.2") to the form's path ("city", "sectors"), or null to drop it. */
export type FieldRename = (field: string) => string | null;

type Options = {
  rename?: FieldRename;
  /** May return the sentence to show above the button instead of the usual one. */
  onError?: (error: ApiError) => string | undefined;
};

/**
 * Errors about one element of a list ("sectors.2") belong to the list's one input, and errors about
 * a whole object ("price") to the input named for it ("price.amount").
 */
export function collapseFields(lists: string[], objects: Record<string, string> = {}): FieldRename {
  return (field) => objects[field] ?? lists.find((name) => field.startsWith(`${name}.`)) ?? field;
}

/**
 * The submit handler of a form: validates, saves, and on failure puts the server's field errors
 * beside the inputs and says why above the button. `save` may call `fail` itself for trouble
 * after a successful save; `onError` sees the server's error, so a form can react to a
 * particular code (a booth taken meanwhile).
 */
export function useFormSubmit<Values>(
  form: UseFormReturnType<Values>,
  save: (values: Values, fail: (message: string) => void) => Promise<void>,
  options: Options = {},
) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const submit = form.onSubmit(
    async (values) => {
      setFailure(undefined);
      try {
        await save(values, setFailure);
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
