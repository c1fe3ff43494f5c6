import { Button, Group, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { TFloorPlan, TForum, TTour } from "../../../../../contracts/exhibitions";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { ErrorAlert } from "../../../../ui/ErrorAlert";
import { pickLocalized } from "../../../../ui/localized";
import { useLanguage } from "../../../../ui/useLanguage";
import { useDeleteTour, useUpdateTour } from "../../hooks/tours";
import { NotifyExhibitors } from "./NotifyExhibitors";
import { TourForm } from "./TourForm";
import { TourRoutePlan } from "./TourRoutePlan";
import { TourSummary } from "./TourSummary";
import { TourTimetable } from "./TourTimetable";

type Props = { forum: TForum; plan: TFloorPlan; tour: TTour };

/** A planned tour: the route on the plan, the timetable, and what organisers do with it. */
export function TourDetail({ forum, plan, tour }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const update = useUpdateTour(forum.id, tour.id);
  const remove = useDeleteTour(forum.id);
  const base = `/forums/${forum.id}/tours`;

  if (editing) {
    return <TourForm forum={forum} plan={plan} tour={tour} onSave={(input) => update.mutateAsync(input)} onDone={() => setEditing(false)} />;
  }

  return (
    <Stack gap="md" data-testid="tour-detail">
      <div>
        <Title order={2} data-testid="tour-name">
          {pickLocalized(tour.name, language)}
        </Title>
        <TourSummary tour={tour} plan={plan} timeZone={forum.timeZone} />
      </div>
      <Group gap="xs" className="no-print">
        <Button onClick={() => window.print()} data-testid="tour-print">
          {t("tours.detail.print")}
        </Button>
        <Button component={Link} to={`${base}/${tour.id}/print`} variant="default">
          {t("tours.detail.printPage")}
        </Button>
        <NotifyExhibitors forumId={forum.id} tour={tour} />
        <Button variant="default" onClick={() => setEditing(true)} data-testid="tour-edit">
          {t("tours.detail.edit")}
        </Button>
        <ConfirmButton
          variant="subtle"
          color="red"
          question={t("tours.detail.deleteQuestion")}
          confirmLabel={t("tours.detail.delete")}
          onConfirm={() => remove.mutate(tour.id, { onSuccess: () => navigate(base) })}
        >
          {t("tours.detail.delete")}
        </ConfirmButton>
      </Group>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <TourRoutePlan plan={plan} tour={tour} height="min(60vh, 560px)" />
      <TourTimetable tour={tour} timeZone={forum.timeZone} />
    </Stack>
  );
}
