import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

/** Visitors may browse profiles; asking for meetings needs an account and an organisation. */
export function SignInPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  const next = encodeURIComponent(location.pathname);
  return (
    <Card withBorder padding="lg" radius="md" data-testid="sign-in-prompt">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("matchmaking.signIn.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("matchmaking.signIn.text")}
        </Text>
        <Group gap="sm">
          <Button component={Link} to={`/sign-in?next=${next}`} data-testid="meetings-sign-in">
            {t("nav.signIn")}
          </Button>
          <Button component={Link} to={`/sign-up?next=${next}`} variant="default">
            {t("nav.signUp")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
