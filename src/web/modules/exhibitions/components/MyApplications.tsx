import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TMe } from "../../../../contracts/directory";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useMyForumApplications } from "../hooks/applications";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge";

/** The viewer's organisations' applications to this forum; nothing when there are none. */
export function MyApplications({ forumId, me }: { forumId: string; me: TMe }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { applications } = useMyForumApplications(
    forumId,
    me.memberships.map((m) => m.organizationId),
  );
  if (applications.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t("exhibitors.myApplications")}
      </Title>
      {applications.map((application) => (
        <Card key={application.id} withBorder padding="sm" data-testid="my-application">
          <Group justify="space-between" gap="xs">
            <Stack gap={2}>
              <Text fw={600}>{pickLocalized(application.organization.name, language)}</Text>
              <Text size="sm" c="dimmed">
                {application.booth ? t("exhibitors.boothNumber", { number: application.booth.number }) : t(`exhibitors.kind.${application.kind}`)}
              </Text>
            </Stack>
            <Group gap="sm">
              <ApplicationStatusBadge status={application.status} />
              <Anchor component={Link} to={`/forums/${forumId}/applications/${application.id}`} size="sm">
                {t("exhibitors.openApplication")}
              </Anchor>
            </Group>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
