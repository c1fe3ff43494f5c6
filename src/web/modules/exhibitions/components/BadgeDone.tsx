import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TRegistration } from "../../../../contracts/exhibitions";
import { formatBadgeCode } from "../../../../engines/badge-token";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";

/** The end of registration: the badge to download and the code to type at the door if the QR will not scan. */
export function BadgeDone({ registration, signedIn }: { registration: TRegistration; signedIn: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="md" data-testid="registration-done">
      <Alert color="green" variant="light" title={t("registration.done.title")}>
        {t("registration.done.emailed", { email: registration.email })}
      </Alert>
      <Paper withBorder p={{ base: "md", sm: "xl" }} radius="lg" maw={460} style={{ borderTop: "6px solid var(--mantine-color-brand-7)" }}>
        <Stack gap="xs" align="center" ta="center">
          <Text size="sm" c="dimmed">
            {pickLocalized(registration.forumName, language)}
          </Text>
          <Title order={2} size="h3" style={{ overflowWrap: "anywhere" }} data-testid="badge-name">
            {registration.fullName}
          </Title>
          {registration.organizationName ? <Text>{registration.organizationName}</Text> : null}
          <Text fw={600} c="brand.8" tt="uppercase" size="sm">
            {t(`registration.categories.${registration.category}`)}
          </Text>
          <Text size="xs" c="dimmed" mt="sm">
            {t("registration.done.code")}
          </Text>
          <Text ff="monospace" fz={26} fw={700} style={{ letterSpacing: "0.08em" }} data-testid="badge-code">
            {formatBadgeCode(registration.badgeCode)}
          </Text>
          <Text size="xs" c="dimmed">
            {t("registration.done.codeHint")}
          </Text>
        </Stack>
      </Paper>
      <Group gap="sm">
        <Button component="a" href={registration.badgeUrl} download size="md" data-testid="badge-download">
          {t("registration.done.download")}
        </Button>
        {signedIn ? (
          <Anchor component={Link} to="/registrations">
            {t("registration.myBadges.link")}
          </Anchor>
        ) : null}
      </Group>
    </Stack>
  );
}
