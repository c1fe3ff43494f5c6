import { Button, Group } from "@mantine/core";
import { FormError } from "../../../ui/ErrorAlert";

/** The end of a long form: why it did not go through, if it did not, then the submit button. */
export function FormActions({ failure, submitting, submitLabel }: { failure?: string; submitting: boolean; submitLabel: string }) {
  return (
    <>
      <FormError message={failure} testId="form-error" />
      <Group justify="flex-end">
        <Button type="submit" size="md" loading={submitting}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
