import { Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TApplication } from "../../../../contracts/exhibitions";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { ErrorAlert, errorMessage, FormError } from "../../../ui/ErrorAlert";
import { TrashIcon } from "../../../ui/icons";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { TitledPanel } from "../../../ui/TitledPanel";
import { useLanguage } from "../../../ui/useLanguage";
import { useRemoveStaff, useStaff } from "../hooks/applications";
import { StaffForm } from "./StaffForm";

/** The approved exhibitor's booth team: each person has an exhibitor badge, sent by e-mail. */
export function StaffManager({ application }: { application: TApplication }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const staff = useStaff(application.id, true);
  const remove = useRemoveStaff(application.id);
  const people = (staff.data ?? []).filter((person) => !person.cancelledAt);

  return (
    <TitledPanel look="section" title={t("exhibitors.staff.title")} description={t("exhibitors.staff.hint")}>
      {staff.isError ? <ErrorAlert error={staff.error} /> : null}
      {staff.isPending ? <PageLoader /> : null}
      {staff.isSuccess && people.length === 0 ? <Text c="dimmed">{t("exhibitors.staff.none")}</Text> : null}
      <Stack gap="xs">
        {people.map((person) => (
          <Card key={person.id} withBorder padding="sm" data-testid="staff-member">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {person.fullName}
                </Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {[person.email, person.organizationName].filter(Boolean).join(" · ")}
                </Text>
                <Anchor href={person.badgeUrl} size="sm" target="_blank" rel="noopener" data-testid="staff-badge">
                  {t("registration.done.download")}
                </Anchor>
              </Stack>
              <ConfirmButton
                question={t("exhibitors.staff.confirmRemove", { name: person.fullName })}
                confirmLabel={t("exhibitors.staff.remove")}
                onConfirm={() => remove.mutate(person.id)}
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={t("exhibitors.staff.removeNamed", { name: person.fullName })}
              >
                <TrashIcon size={16} />
              </ConfirmButton>
            </Group>
          </Card>
        ))}
      </Stack>
      <FormError message={remove.isError ? errorMessage(remove.error, t) : undefined} />
      <StaffForm
        applicationId={application.id}
        organizationName={pickLocalized(application.organization.name, language)}
        country={application.organization.country}
      />
    </TitledPanel>
  );
}
