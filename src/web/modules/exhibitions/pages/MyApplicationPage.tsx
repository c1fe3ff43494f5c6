import { Alert, Button, Group, Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { ErrorAlert, errorMessage, FormError } from "../../../ui/ErrorAlert";
import { PinIcon } from "../../../ui/icons";
import { PageLoader } from "../../../ui/Loading";
import { ApplicationStatusBadge } from "../components/ApplicationStatusBadge";
import { ApplicationSummary } from "../components/ApplicationSummary";
import { StaffManager } from "../components/StaffManager";
import { useApplication, useWithdraw } from "../hooks/applications";
import { useForumId } from "../hooks/forum";

const OPEN = ["pending", "approved", "waitlisted"];

export function MyApplicationPage() {
  const { t } = useTranslation();
  const forumId = useForumId();
  const { applicationId } = useParams();
  const application = useApplication(applicationId);
  const withdraw = useWithdraw(forumId);

  if (application.isError) return <ErrorAlert error={application.error} />;
  if (!application.data) return <PageLoader />;
  const a = application.data;

  return (
    <Stack gap="lg" maw={900} data-testid="my-application-page">
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Title order={2} size="h3">
            {t("exhibitors.mine.title")}
          </Title>
          <ApplicationStatusBadge status={a.status} size="lg" />
        </Group>
        {OPEN.includes(a.status) ? (
          <ConfirmButton
            question={t("exhibitors.mine.confirmWithdraw")}
            confirmLabel={t("exhibitors.mine.withdraw")}
            onConfirm={() => withdraw.mutate(a.id)}
            variant="default"
            color="red"
            loading={withdraw.isPending}
          >
            {t("exhibitors.mine.withdraw")}
          </ConfirmButton>
        ) : null}
      </Group>
      <FormError message={withdraw.isError ? errorMessage(withdraw.error, t) : undefined} />
      <Alert color={a.status === "approved" ? "green" : a.status === "rejected" ? "red" : "blue"} variant="light" data-testid="application-explanation">
        {t(`exhibitors.mine.explain.${a.status}`)}
      </Alert>
      {a.decisionMessage ? (
        <Alert color="gray" variant="outline" title={t("exhibitors.mine.organiserMessage")} data-testid="decision-message">
          <span className="preserve-lines">{a.decisionMessage}</span>
        </Alert>
      ) : null}
      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <ApplicationSummary application={a}>
          {a.booth ? (
            <div>
              <Button
                component={Link}
                to={`/forums/${forumId}/plan?booth=${a.booth.id}`}
                variant="light"
                leftSection={<PinIcon size={16} />}
                data-testid="see-on-plan"
              >
                {t("exhibitors.boothOnPlan", { number: a.booth.number })}
              </Button>
            </div>
          ) : null}
        </ApplicationSummary>
      </Paper>
      {a.status === "approved" ? <StaffManager application={a} /> : null}
    </Stack>
  );
}
