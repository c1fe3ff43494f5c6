import { Badge, Button, Card, Group, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CATEGORY_COLORS, type TRegistration, type TVisitorCategory } from "../../../../../contracts/exhibitions";
import { formatBadgeCode } from "../../../../../engines/badge-token";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { useLanguage } from "../../../../ui/useLanguage";
import { formatVenueDateTime } from "../venue-time";
import { categoryOptions } from "./category-options";

type Props = {
  registration: TRegistration;
  timeZone: string;
  busy: boolean;
  onCategory: (category: TVisitorCategory) => void;
  onCancelled: (cancelled: boolean) => void;
};

/** One visitor: who, the badge code, whether they came, and the organiser's two changes. */
export function RegistrationRow({ registration: r, timeZone, busy, onCategory, onCancelled }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cancelled = r.cancelledAt !== null;
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      data-testid="registration-row"
      data-cancelled={cancelled}
      style={{ borderLeft: `5px solid ${CATEGORY_COLORS[r.category]}` }}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: "1 1 220px" }}>
          <Group gap={6}>
            <Text fw={600} td={cancelled ? "line-through" : undefined} data-testid="registration-name">
              {r.fullName}
            </Text>
            {cancelled ? (
              <Badge color="red" variant="light" size="sm">
                {t("registrationsAdmin.cancelled")}
              </Badge>
            ) : r.checkedInAt ? (
              <Badge color="green" variant="light" size="sm">
                {t("registrationsAdmin.cameAt", { date: formatVenueDateTime(r.checkedInAt, timeZone, language) })}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" truncate>
            {[r.organizationName, r.jobTitle, r.email].filter(Boolean).join(" · ")}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {formatBadgeCode(r.badgeCode)} · {r.country}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          {cancelled ? null : (
            <Button component="a" href={r.badgeUrl} target="_blank" rel="noopener" size="xs" variant="default" data-testid="registration-badge">
              {t("registrationsAdmin.badge")}
            </Button>
          )}
          <Select
            aria-label={t("registrationsAdmin.categoryOf", { name: r.fullName })}
            data={categoryOptions(t)}
            value={r.category}
            onChange={(category) => category && category !== r.category && onCategory(category as TVisitorCategory)}
            allowDeselect={false}
            disabled={busy || cancelled}
            size="xs"
            w={150}
            comboboxProps={{ withinPortal: true }}
          />
          {cancelled ? (
            <Button size="xs" variant="default" onClick={() => onCancelled(false)} loading={busy}>
              {t("registrationsAdmin.restore")}
            </Button>
          ) : (
            <ConfirmButton
              size="xs"
              variant="subtle"
              color="red"
              loading={busy}
              question={t("registrationsAdmin.cancelQuestion", { name: r.fullName })}
              confirmLabel={t("registrationsAdmin.cancelConfirm")}
              onConfirm={() => onCancelled(true)}
            >
              {t("registrationsAdmin.cancel")}
            </ConfirmButton>
          )}
        </Group>
      </Group>
    </Card>
  );
}
