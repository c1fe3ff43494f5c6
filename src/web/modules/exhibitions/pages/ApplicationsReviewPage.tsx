import { Button, Center, Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TApplication, TApplicationStatus } from "../../../../contracts/exhibitions";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { CardSkeletons, PageLoader } from "../../../ui/Loading";
import { type Decision, DecisionModal } from "../components/DecisionModal";
import { OrganisersOnly } from "../components/OrganisersOnly";
import { ReviewCard } from "../components/ReviewCard";
import { useForumApplications } from "../hooks/applications";
import { useFloorPlan, useForum, useForumId } from "../hooks/forum";

const TABS: TApplicationStatus[] = ["pending", "approved", "waitlisted", "rejected", "withdrawn"];

function ReviewList({
  forumId,
  status,
  onDecide,
}: {
  forumId: string;
  status: TApplicationStatus;
  onDecide: (application: TApplication, decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const applications = useForumApplications(forumId, status);
  const plan = useFloorPlan(forumId);
  if (applications.isError) return <ErrorAlert error={applications.error} />;
  if (applications.isPending) return <CardSkeletons count={3} />;
  const items = applications.data.pages.flatMap((page) => page.items);
  return (
    <Stack gap="sm" aria-busy={applications.isFetching} data-testid="review-list">
      {items.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed">{t("exhibitors.review.empty")}</Text>
        </Center>
      ) : null}
      {items.map((application) => (
        <ReviewCard
          key={application.id}
          forumId={forumId}
          application={application}
          plan={plan.data}
          onDecide={(decision) => onDecide(application, decision)}
        />
      ))}
      {applications.hasNextPage ? (
        <Center>
          <Button variant="default" onClick={() => applications.fetchNextPage()} loading={applications.isFetchingNextPage}>
            {t("directory.loadMore")}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}

export function ApplicationsReviewPage() {
  const { t } = useTranslation();
  const id = useForumId();
  const forum = useForum(id);
  const plan = useFloorPlan(id);
  const [status, setStatus] = useState<TApplicationStatus>("pending");
  const [deciding, setDeciding] = useState<{ application: TApplication; decision: Decision } | null>(null);

  if (!forum.data) return <PageLoader />;
  if (!forum.data.access.manage) return <OrganisersOnly />;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t("exhibitors.review.title")}
      </Title>
      <Tabs value={status} onChange={(next) => next && setStatus(next as TApplicationStatus)} keepMounted={false}>
        <Tabs.List style={{ flexWrap: "nowrap", overflowX: "auto" }}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab} style={{ whiteSpace: "nowrap" }}>
              {t(`exhibitors.status.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={status} pt="md">
          <ReviewList forumId={id} status={status} onDecide={(application, decision) => setDeciding({ application, decision })} />
        </Tabs.Panel>
      </Tabs>
      {deciding ? (
        <DecisionModal forumId={id} application={deciding.application} decision={deciding.decision} plan={plan.data} onClose={() => setDeciding(null)} />
      ) : null}
    </Stack>
  );
}
