import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PlusIcon } from "../../../ui/icons";
import { CardSkeletons, PageSkeleton } from "../../../ui/Loading";
import { OrganisersOnly } from "../components/OrganisersOnly";
import { TourCard } from "../components/tours/TourCard";
import { TourForm } from "../components/tours/TourForm";
import { useFloorPlan, useForum, useForumId } from "../hooks/forum";
import { useCreateTour, useTours } from "../hooks/tours";

/** Delegation tours of the forum, and a new one planned on the floor plan. */
export function ToursPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const forumId = useForumId();
  const forum = useForum(forumId);
  const plan = useFloorPlan(forumId);
  const manage = forum.data?.access.manage ?? false;
  const tours = useTours(manage ? forumId : "");
  const create = useCreateTour(forumId);
  const [creating, setCreating] = useState(false);

  if (forum.isPending || plan.isPending) return <PageSkeleton />;
  if (forum.isError) return <ErrorAlert error={forum.error} />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  if (!manage) return <OrganisersOnly />;

  return (
    <Stack gap="md" data-testid="tours-page">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {creating ? t("tours.newTitle") : t("tours.title")}
        </Title>
        {creating || plan.data.halls.length === 0 ? null : (
          <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)} data-testid="tour-new">
            {t("tours.new")}
          </Button>
        )}
      </Group>
      {plan.data.halls.length === 0 ? <Text c="dimmed">{t("tours.noPlan")}</Text> : null}
      {creating ? (
        <TourForm
          forum={forum.data}
          plan={plan.data}
          onSave={(input) => create.mutateAsync(input)}
          onDone={(tour) => (tour ? navigate(`/forums/${forumId}/tours/${tour.id}`) : setCreating(false))}
        />
      ) : (
        <Stack gap="sm" data-testid="tour-list">
          {tours.isPending ? <CardSkeletons count={2} /> : null}
          {tours.isError ? <ErrorAlert error={tours.error} /> : null}
          {tours.data?.length === 0 ? <Text c="dimmed">{t("tours.none")}</Text> : null}
          {tours.data?.map((tour) => (
            <TourCard key={tour.id} tour={tour} plan={plan.data} timeZone={forum.data.timeZone} forumId={forumId} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
