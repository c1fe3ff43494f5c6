import { Alert, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader } from "../../../ui/Loading";
import { useMe } from "../../account/session";
import { ApplyForm } from "../components/ApplyForm";
import { useFloorPlan, useForum, useForumId } from "../hooks/forum";

export function ApplyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useForumId();
  const forum = useForum(id);
  const plan = useFloorPlan(id);
  const me = useMe();

  if (plan.isError) return <ErrorAlert error={plan.error} />;
  if (!forum.data || !plan.data || !me.data) return <PageLoader />;
  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={2} size="h3">
          {t("exhibitors.apply.title")}
        </Title>
        <Text c="dimmed">{t("exhibitors.apply.subtitle")}</Text>
      </div>
      {forum.data.applicationsOpen ? (
        <ApplyForm
          forum={forum.data}
          plan={plan.data}
          me={me.data}
          onApplied={(application) => {
            notifications.show({ color: "brand", message: t("exhibitors.apply.sent") });
            navigate(`/forums/${id}/applications/${application.id}`);
          }}
        />
      ) : (
        <Alert color="gray" variant="light" data-testid="applications-closed">
          {t("exhibitors.apply.closed")}
        </Alert>
      )}
    </Stack>
  );
}
