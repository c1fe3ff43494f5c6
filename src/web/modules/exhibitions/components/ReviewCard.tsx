import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TApplication, TFloorPlan } from "../../../../contracts/exhibitions";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge";
import { ApplicationSummary } from "./ApplicationSummary";
import { BoothAssignment } from "./BoothAssignment";
import type { Decision } from "./DecisionModal";

type Props = { forumId: string; application: TApplication; plan: TFloorPlan | undefined; onDecide: (decision: Decision) => void };

/** One application as the organiser reviews it, with the decisions still open to take. */
export function ReviewCard({ forumId, application, plan, onDecide }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const decisions = (["approved", "waitlisted", "rejected"] as const).filter((decision) => decision !== application.status);
  const name = pickLocalized(application.organization.name, language);
  return (
    <Card withBorder padding="md" radius="md" data-testid="review-card" aria-label={name}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={650} size="lg" data-testid="review-card-name">
            {name}
          </Text>
          <ApplicationStatusBadge status={application.status} />
        </Group>
        <ApplicationSummary application={application} />
        {application.decisionMessage ? (
          <Text size="sm" c="dimmed">
            {t("exhibitors.review.lastMessage")}: {application.decisionMessage}
          </Text>
        ) : null}
        {application.status === "approved" || application.status === "pending" ? (
          <BoothAssignment forumId={forumId} application={application} plan={plan} />
        ) : null}
        {application.status !== "withdrawn" ? (
          <Group gap="xs">
            {decisions.map((decision) => (
              <Button
                key={decision}
                variant={decision === "approved" ? "filled" : "light"}
                color={decision === "rejected" ? "red" : decision === "waitlisted" ? "yellow" : undefined}
                onClick={() => onDecide(decision)}
              >
                {t(`exhibitors.review.actions.${decision}`)}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
