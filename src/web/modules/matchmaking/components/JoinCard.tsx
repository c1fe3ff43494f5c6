import { Anchor, Button, Card, Group, Radio, Select, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TMe } from "../../../../contracts/directory";
import { SELF_PARTICIPANT_CATEGORIES } from "../../../../contracts/matchmaking";
import { FormError } from "../../../ui/ErrorAlert";
import { pickLocalized } from "../../../ui/localized";
import { useFormSubmit } from "../../../ui/useFormSubmit";
import { useLanguage } from "../../../ui/useLanguage";
import { managesOrganization } from "../../account/session";
import { useJoinMatchmaking } from "../hooks/matchmaking";

type Category = (typeof SELF_PARTICIPANT_CATEGORIES)[number];
type Values = { organizationId: string | null; category: Category };

/**
 * For a signed-in person none of whose organisations takes part yet: join as a buyer, an investor
 * or a trade visitor. Exhibitors take part through their approved application.
 */
export function JoinCard({ forumId, me }: { forumId: string; me: TMe }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const join = useJoinMatchmaking(forumId);
  // Owners and admins join for their organisation; a plain member is told whom to ask.
  const memberships = me.memberships.filter(managesOrganization);
  const onlyMember = memberships.length === 0 && me.memberships.length > 0;
  const form = useForm<Values>({
    initialValues: { organizationId: memberships.length === 1 ? memberships[0].organizationId : null, category: "buyer" },
    validate: { organizationId: (id) => (id ? null : t("matchmaking.join.organizationRequired")) },
  });
  const { submit, failure } = useFormSubmit(form, async (values) => {
    await join.mutateAsync({ organizationId: values.organizationId ?? "", category: values.category });
    notifications.show({ color: "brand", message: t("matchmaking.join.done") });
  });

  return (
    <Card withBorder padding="lg" radius="md" data-testid="join-card">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t("matchmaking.join.title")}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t("matchmaking.join.text")}
          </Text>
        </div>
        {onlyMember ? (
          <Text size="sm" data-testid="join-ask-admin">
            {t("matchmaking.join.askAdmin")}
          </Text>
        ) : memberships.length === 0 ? (
          <Group gap="sm">
            <Text size="sm">{t("matchmaking.join.noOrganization")}</Text>
            <Button component={Link} to="/organizations/new" variant="light" data-testid="join-create-organization">
              {t("account.createOrganization")}
            </Button>
          </Group>
        ) : (
          <form onSubmit={submit} noValidate data-testid="join-form">
            <Stack gap="md">
              <Select
                label={t("matchmaking.join.organization")}
                data={memberships.map((m) => ({ value: m.organizationId, label: pickLocalized(m.organizationName, language) }))}
                comboboxProps={{ withinPortal: true }}
                required
                data-testid="join-organization"
                {...form.getInputProps("organizationId")}
              />
              <Radio.Group label={t("matchmaking.join.category")} required {...form.getInputProps("category")}>
                <Stack gap="xs" mt={6}>
                  {SELF_PARTICIPANT_CATEGORIES.map((category) => (
                    <Radio
                      key={category}
                      value={category}
                      label={t(`matchmaking.categories.${category}`)}
                      description={t(`matchmaking.join.categoryHints.${category}`)}
                      data-testid={`join-category-${category}`}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Text size="xs" c="dimmed">
                {t("matchmaking.join.exhibitorsNote")}{" "}
                <Anchor component={Link} to={`/forums/${forumId}/apply`} size="xs">
                  {t("matchmaking.join.applyLink")}
                </Anchor>
              </Text>
              <FormError message={failure} testId="join-error" />
              <Group justify="flex-end">
                <Button type="submit" loading={join.isPending} data-testid="join-submit">
                  {t("matchmaking.join.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
