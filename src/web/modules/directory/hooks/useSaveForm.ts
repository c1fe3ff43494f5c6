import type { UseFormReturnType } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { errorMessage } from "../../../ui/ErrorAlert";
import { applyServerErrors } from "../../../ui/server-errors";

type Options = {
  /** List fields whose element errors ("sectors.2") belong to the list's one input. */
  listFields?: string[];
  /** Errors about a whole object ("price") go to the input named here ("price.amount"), its first. */
  objectFields?: Record<string, string>;
};

/**
 * The submit handler of a long directory form. `failure` says why the form did not go through:
 * fields to correct, or why the server refused, whose field errors are also put beside the
 * inputs. `save` may call `fail` itself for trouble after a successful save.
 */
export function useSaveForm<Values>(
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
          applyServerErrors(form, error, options.listFields);
          const fields = error.fieldErrors();
          for (const [object, input] of Object.entries(options.objectFields ?? {})) {
            if (fields[object]) form.setFieldError(input, fields[object]);
          }
        }
        setFailure(errorMessage(error, t));
      }
    },
    () => setFailure(t("validation.fixFields")),
  );
  return { submit, failure };
}
