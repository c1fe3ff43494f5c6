import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { ForumFacts } from "../components/ForumFacts";
import { MyApplications } from "../components/MyApplications";
import { useForum, useForumId } from "../hooks/forum";

export function ForumOverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useForumId();
  const forum = useForum(id);
  const me = useMe();
  if (!forum.data) return <PageLoader />;
  const f = forum.data;
  const description = pickLocalized(f.description, language);

  return (
    <Stack gap="lg">
      <Group gap="sm" data-testid="forum-actions">
        {f.registrationOpen ? (
          <Button component={Link} to={`/forums/${id}/register`} size="md">
            {t("forums.overview.registerVisitor")}
          </Button>
        ) : null}
        {f.applicationsOpen ? (
          <Button component={Link} to={`/forums/${id}/apply`} size="md" variant={f.registrationOpen ? "light" : "filled"}>
            {t("forums.overview.applyExhibitor")}
          </Button>
        ) : null}
        <Button component={Link} to={`/forums/${id}/exhibitors`} size="md" variant="default">
          {t("forums.overview.browseExhibitors")}
        </Button>
      </Group>
      {!f.registrationOpen && !f.applicationsOpen ? (
        <Alert color="gray" variant="light">
          {t("forums.overview.closed")}
        </Alert>
      ) : null}

      {me.data ? <MyApplications forumId={id} me={me.data} /> : null}

      <ForumFacts forum={f} />

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t("forums.overview.about")}
        </Title>
        {description ? (
          <Text className="preserve-lines" data-testid="forum-description">
            {description}
          </Text>
        ) : (
          <Text c="dimmed">{t("forums.overview.noDescription")}</Text>
        )}
      </Stack>
    </Stack>
  );
}
