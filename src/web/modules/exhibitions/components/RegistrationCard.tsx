import { Anchor, Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TRegistration } from "../../../../contracts/exhibitions";
import { formatBadgeCode } from "../../../../engines/badge-token";
import { formatDate } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";

/** One of the user's badges: the forum, as whom, the code, the PDF and whether it was scanned at the door. */
export function RegistrationCard({ registration }: { registration: TRegistration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const r = registration;
  return (
    <Card withBorder padding="md" radius="md" data-testid="my-badge">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={`/forums/${r.forumId}`} fw={650} c="dark" style={{ overflowWrap: "anywhere" }}>
            {pickLocalized(r.forumName, language)}
          </Anchor>
          {r.cancelledAt ? (
            <Badge color="red" variant="light">
              {t("registration.myBadges.cancelled")}
            </Badge>
          ) : r.checkedInAt ? (
            <Badge color="green" variant="light" data-testid="checked-in">
              {t("registration.myBadges.checkedIn", { date: formatDate(r.checkedInAt, language, true) })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t("registration.myBadges.notCheckedIn")}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {r.fullName} · {t(`registration.categories.${r.category}`)}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text ff="monospace" fw={600} aria-label={t("registration.done.code")}>
            {formatBadgeCode(r.badgeCode)}
          </Text>
          {r.cancelledAt ? null : (
            <Button component="a" href={r.badgeUrl} download variant="light" size="xs">
              {t("registration.done.download")}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
