import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFloorPlan, TForum, TTour } from "../../../../../contracts/exhibitions";
import { ApiError } from "../../../../api/client";
import { errorMessage, FormError } from "../../../../ui/ErrorAlert";
import { compactLocalized, fullLocalized, pickLocalized } from "../../../../ui/localized";
import { MultiLanguageInput } from "../../../../ui/MultiLanguageInput";
import { applyServerErrors } from "../../../../ui/server-errors";
import { useLanguage } from "../../../../ui/useLanguage";
import { floorPlanKey } from "../../hooks/forum";
import type { TourInput } from "../../hooks/tours";
import { fromVenueInput, toVenueInput } from "../venue-time";
import { BoothChooser } from "./BoothChooser";

type Props = { forum: TForum; plan: TFloorPlan; tour?: TTour; onSave: (input: TourInput) => Promise<TTour>; onDone: (tour: TTour | null) => void };

/** A delegation's walk: which hall and entrance, when it starts, how long at each booth, and the booths. */
export function TourForm({ forum, plan, tour, onSave, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [failure, setFailure] = useState<string>();
  const queryClient = useQueryClient();
  // Exhibitors are approved all day long: the booths are shown with who holds them now.
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: floorPlanKey(forum.id) });
  }, [queryClient, forum.id]);
  const form = useForm({
    initialValues: {
      name: fullLocalized(tour?.name),
      hallId: (tour?.hallId ?? plan.halls[0]?.id ?? null) as string | null,
      start: tour ? toVenueInput(tour.startsAt, forum.timeZone) : `${forum.startsOn}T10:00`,
      minutesPerStop: (tour?.minutesPerStop ?? 5) as number | string,
      entrance: String(tour?.entrance ?? 0),
      boothIds: tour?.stops.map((s) => s.boothId) ?? ([] as string[]),
    },
    validate: {
      name: (value) => (Object.values(value).some((text) => text.trim()) ? null : t("tours.form.nameRequired")),
      hallId: (value) => (value ? null : t("tours.form.hallRequired")),
      start: (value) => (fromVenueInput(value, forum.timeZone) ? null : t("tours.form.startRequired")),
      minutesPerStop: (value) => (typeof value === "number" && value >= 1 && value <= 120 ? null : t("tours.form.minutesRange")),
      boothIds: (value) => (value.length ? null : t("tours.form.stopsRequired")),
    },
  });
  const hall = plan.halls.find((h) => h.id === form.values.hallId);

  const submit = form.onSubmit(
    async (values) => {
      setFailure(undefined);
      try {
        const saved = await onSave({
          name: compactLocalized(values.name),
          hallId: values.hallId ?? "",
          startsAt: fromVenueInput(values.start, forum.timeZone) ?? "",
          minutesPerStop: Number(values.minutesPerStop),
          entrance: Number(values.entrance),
          boothIds: values.boothIds,
        });
        onDone(saved);
      } catch (error) {
        if (error instanceof ApiError) {
          applyServerErrors(form, error, ["boothIds", "name"]);
          // The server speaks of the instant; the person typed the venue clock time.
          const fields = error.fieldErrors();
          if (fields.startsAt) form.setFieldError("start", fields.startsAt);
        }
        setFailure(errorMessage(error, t));
      }
    },
    () => setFailure(t("tours.form.fixFields")),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="tour-form">
      <Stack gap="md">
        <MultiLanguageInput
          label={t("tours.form.name")}
          value={form.values.name}
          onChange={(lang, text) => form.setFieldValue(`name.${lang}`, text)}
          error={form.errors.name}
          required
          testId="tour-name"
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Select
            label={t("tours.form.hall")}
            data={plan.halls.map((h) => ({ value: h.id, label: pickLocalized(h.name, language) }))}
            value={form.values.hallId}
            onChange={(value) => {
              form.setFieldValue("hallId", value);
              form.setFieldValue("boothIds", []);
              form.setFieldValue("entrance", "0");
            }}
            error={form.errors.hallId}
            allowDeselect={false}
            required
          />
          <TextInput
            type="datetime-local"
            label={t("tours.form.start")}
            description={forum.timeZone.replaceAll("_", " ")}
            {...form.getInputProps("start")}
            required
            data-testid="tour-start"
          />
          <NumberInput label={t("tours.form.minutesPerStop")} min={1} max={120} {...form.getInputProps("minutesPerStop")} required data-testid="tour-minutes" />
          <Select
            label={t("tours.form.entrance")}
            data={(hall?.entrances ?? []).map((_, index) => ({ value: String(index), label: t("floorPlan.viewer.entrance", { number: index + 1 }) }))}
            {...form.getInputProps("entrance")}
            allowDeselect={false}
          />
        </SimpleGrid>
        <BoothChooser
          plan={plan}
          hallId={form.values.hallId}
          value={form.values.boothIds}
          onChange={(ids) => form.setFieldValue("boothIds", ids)}
          error={form.errors.boothIds}
        />
        <FormError message={failure} testId="tour-form-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={form.submitting} data-testid="tour-save">
            {tour ? t("tours.form.saveChanges") : t("tours.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
