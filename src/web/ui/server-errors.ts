import type { ApiError } from "../api/client";

type FormWithErrors = { setErrors: (errors: Record<string, React.ReactNode>) => void };

/**
 * Puts the server's field errors beside the inputs. Errors about one element of a list of codes
 * ("sectors.2") belong to the list's input, so paths starting with a name in `collapse` are
 * shortened to that name.
 */
export function applyServerErrors(form: FormWithErrors, error: ApiError, collapse: string[] = []): boolean {
  const fieldErrors = error.fieldErrors();
  const mapped: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    const parent = collapse.find((name) => field.startsWith(`${name}.`));
    const key = parent ?? field;
    if (!(key in mapped)) mapped[key] = message;
  }
  if (Object.keys(mapped).length === 0) return false;
  form.setErrors(mapped);
  return true;
}
