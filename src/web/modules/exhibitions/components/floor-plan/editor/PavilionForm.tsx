import { Button, ColorInput, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PAVILION_KINDS, type TPavilion } from "../../../../../../contracts/exhibitions";
import { ApiError } from "../../../../../api/client";
import { errorMessage, FormError } from "../../../../../ui/ErrorAlert";
import { compactLocalized, fullLocalized } from "../../../../../ui/localized";
import { MultiLanguageInput } from "../../../../../ui/MultiLanguageInput";
import { applyServerErrors } from "../../../../../ui/server-errors";
import { CountrySelect } from "../../../../directory/components/JurisdictionSelects";
import type { PavilionInput } from "../../../hooks/floor-plan-editor";

type Props = { pavilion?: TPavilion; usedColors?: string[]; onSave: (input: PavilionInput) => Promise<unknown>; onDone: () => void };

// Distinct, print-safe colours for pavilions; any other can be typed.
const SWATCHES = ["#2f9e44", "#e03131", "#1971c2", "#f08c00", "#9c36b5", "#0c8599", "#5c940d", "#c2255c", "#364fc7", "#862e9c"];

/** A pavilion's name in the four languages, whether it is a country's or a theme's, and its colour on the plan. */
export function PavilionForm({ pavilion, usedColors = [], onSave, onDone }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const form = useForm({
    initialValues: {
      name: fullLocalized(pavilion?.name),
      kind: pavilion?.kind ?? ("national" as TPavilion["kind"]),
      country: pavilion?.country ?? (null as string | null),
      // A new pavilion starts with a colour no other pavilion has, so the plan stays readable.
      color: pavilion?.color ?? SWATCHES.find((c) => !usedColors.includes(c.toLowerCase())) ?? SWATCHES[0],
    },
    validate: {
      name: (value) => (Object.values(value).some((text) => text.trim()) ? null : t("floorPlan.pavilions.nameRequired")),
      color: (value) => (/^#[0-9a-fA-F]{6}$/.test(value) ? null : t("floorPlan.pavilions.colorInvalid")),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(undefined);
    try {
      await onSave({
        name: compactLocalized(values.name),
        kind: values.kind,
        country: values.kind === "national" ? values.country : null,
        color: values.color.toLowerCase(),
      });
      onDone();
    } catch (error) {
      if (error instanceof ApiError) applyServerErrors(form, error);
      setFailure(errorMessage(error, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="pavilion-form">
      <Stack gap="sm">
        <MultiLanguageInput
          label={t("floorPlan.pavilions.name")}
          value={form.values.name}
          onChange={(lang, text) => form.setFieldValue(`name.${lang}`, text)}
          error={form.errors.name}
          required
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t("floorPlan.pavilions.kind")}
          </Text>
          <SegmentedControl
            data={PAVILION_KINDS.map((kind) => ({ value: kind, label: t(`floorPlan.pavilions.kinds.${kind}`) }))}
            {...form.getInputProps("kind")}
          />
        </div>
        {form.values.kind === "national" ? (
          <CountrySelect
            label={t("floorPlan.pavilions.country")}
            clearable
            value={form.values.country}
            onChange={(value) => form.setFieldValue("country", value)}
            error={form.errors.country}
          />
        ) : null}
        <ColorInput
          label={t("floorPlan.pavilions.color")}
          swatches={SWATCHES}
          swatchesPerRow={10}
          format="hex"
          {...form.getInputProps("color")}
          popoverProps={{ withinPortal: true }}
        />
        <FormError message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t("floorPlan.pavilions.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
