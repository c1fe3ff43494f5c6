import { Button, Group, NumberInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { THall } from "../../../../../../contracts/exhibitions";
import { ApiError } from "../../../../../api/client";
import { errorMessage, FormError } from "../../../../../ui/ErrorAlert";
import { compactLocalized, fullLocalized } from "../../../../../ui/localized";
import { MultiLanguageInput } from "../../../../../ui/MultiLanguageInput";
import { applyServerErrors } from "../../../../../ui/server-errors";
import type { HallInput } from "../../../hooks/floor-plan-editor";

type Props = { onCreate: (input: HallInput) => Promise<THall>; onDone: (hall: THall | null) => void };

/** A new, empty hall: its name and outline. It starts with one entrance in the middle of the front wall. */
export function AddHallForm({ onCreate, onDone }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const form = useForm({
    initialValues: { name: fullLocalized(undefined), width: 40 as number | string, height: 30 as number | string },
    validate: {
      name: (value) => (Object.values(value).some((text) => text.trim()) ? null : t("floorPlan.editor.hallNameRequired")),
      width: (value) => (typeof value === "number" && value > 0 ? null : t("floorPlan.editor.sizeRequired")),
      height: (value) => (typeof value === "number" && value > 0 ? null : t("floorPlan.editor.sizeRequired")),
    },
  });
  const metres = ` ${t("floorPlan.editor.metres")}`;

  const submit = form.onSubmit(async (values) => {
    setFailure(undefined);
    const width = Number(values.width);
    const height = Number(values.height);
    try {
      const hall = await onCreate({ name: compactLocalized(values.name), width, height, entrances: [{ x: width / 2, y: height }], obstacles: [] });
      onDone(hall);
    } catch (error) {
      if (error instanceof ApiError) applyServerErrors(form, error);
      setFailure(errorMessage(error, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="add-hall-form">
      <Stack gap="sm">
        <MultiLanguageInput
          label={t("floorPlan.editor.hallName")}
          value={form.values.name}
          onChange={(lang, text) => form.setFieldValue(`name.${lang}`, text)}
          error={form.errors.name}
          required
        />
        <Group grow align="flex-start">
          <NumberInput label={t("floorPlan.editor.hallWidth")} min={1} max={2000} step={0.5} suffix={metres} {...form.getInputProps("width")} required />
          <NumberInput label={t("floorPlan.editor.hallHeight")} min={1} max={2000} step={0.5} suffix={metres} {...form.getInputProps("height")} required />
        </Group>
        <FormError message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="add-hall-submit">
            {t("floorPlan.editor.addHall")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
