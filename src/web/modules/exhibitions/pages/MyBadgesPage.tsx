import { Anchor, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { CardSkeletons } from "../../../ui/Loading";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { RegistrationCard } from "../components/RegistrationCard";
import { useMyRegistrations } from "../hooks/registrations";

export function MyBadgesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("registration.myBadges.title"));
  const registrations = useMyRegistrations();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("registration.myBadges.title")}</Title>
        <Text c="dimmed">{t("registration.myBadges.subtitle")}</Text>
      </div>
      {registrations.isError ? <ErrorAlert error={registrations.error} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {registrations.isPending ? <CardSkeletons count={2} /> : (registrations.data ?? []).map((r) => <RegistrationCard key={r.id} registration={r} />)}
      </SimpleGrid>
      {registrations.data?.length === 0 ? (
        <Card withBorder padding="xl">
          <Text c="dimmed" ta="center">
            {t("registration.myBadges.none")}{" "}
            <Anchor component={Link} to="/forums">
              {t("forums.browse")}
            </Anchor>
          </Text>
        </Card>
      ) : null}
    </Stack>
  );
}
