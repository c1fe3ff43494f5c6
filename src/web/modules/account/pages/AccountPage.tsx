import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { TInvitation } from "../../../../contracts/directory";
import { api } from "../../../api/client";
import { errorMessage } from "../../../ui/ErrorAlert";
import { formatDate } from "../../../ui/format";
import { BuildingIcon, EditIcon, PlusIcon } from "../../../ui/icons";
import { PageLoader } from "../../../ui/Loading";
import { pickLocalized } from "../../../ui/localized";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { useLanguage } from "../../../ui/useLanguage";
import { EmailConfirmation } from "../components/EmailConfirmation";
import { ME_KEY, useMe } from "../session";

export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("account.title"));
  const language = useLanguage();
  const me = useMe();
  if (!me.data) return <PageLoader />;
  const { user, memberships, invitations } = me.data;
  const pending = invitations.filter((i) => i.status === "pending");

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("account.title")}</Title>
          <Text c="dimmed">
            {user.name} · {user.email}
          </Text>
        </div>
        <Button component={Link} to="/organizations/new" leftSection={<PlusIcon size={16} />}>
          {t("account.createOrganization")}
        </Button>
      </Group>

      <EmailConfirmation email={user.email} verified={user.emailVerified} />

      {pending.length ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t("account.invitations")}
          </Title>
          {pending.map((invitation) => (
            <InvitationRow key={invitation.id} invitation={invitation} />
          ))}
        </Stack>
      ) : null}

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t("account.organizations")}
        </Title>
        {memberships.length === 0 ? (
          <Card withBorder padding="xl">
            <Stack align="center" gap="sm" ta="center">
              <BuildingIcon size={36} />
              <Text c="dimmed" maw={420}>
                {t("account.noOrganizations")}
              </Text>
            </Stack>
          </Card>
        ) : (
          memberships.map((m) => (
            <Card key={m.organizationId} withBorder padding="md" data-testid="membership">
              <Group justify="space-between" gap="sm">
                <Group gap="sm">
                  <Text fw={600} component={Link} to={`/organizations/${m.organizationId}`} className="plain-link">
                    {pickLocalized(m.organizationName, language)}
                  </Text>
                  <Badge variant="light" color="gray">
                    {t(`roles.${m.role}`)}
                  </Badge>
                </Group>
                <Group gap="xs">
                  <Button
                    component={Link}
                    to={`/organizations/${m.organizationId}/products/new`}
                    size="xs"
                    variant="light"
                    leftSection={<PlusIcon size={14} />}
                  >
                    {t("product.add")}
                  </Button>
                  {m.role !== "member" ? (
                    <Button component={Link} to={`/organizations/${m.organizationId}/edit`} size="xs" variant="default" leftSection={<EditIcon size={14} />}>
                      {t("account.manage")}
                    </Button>
                  ) : null}
                </Group>
              </Group>
            </Card>
          ))
        )}
      </Stack>
    </Stack>
  );
}

function InvitationRow({ invitation }: { invitation: TInvitation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: () => api.post<{ organizationId: string }>(`/api/v1/invitations/${invitation.id}/accept`, {}),
    onSuccess: async ({ organizationId }) => {
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      notifications.show({ color: "brand", message: t("account.invitationAccepted") });
      navigate(`/organizations/${organizationId}`);
    },
    onError: (error) => notifications.show({ color: "red", message: errorMessage(error, t) }),
  });
  return (
    <Card withBorder padding="md" bg="brand.0" data-testid="invitation">
      <Group justify="space-between" gap="sm">
        <div>
          <Text fw={600}>{pickLocalized(invitation.organizationName, language)}</Text>
          <Text size="sm" c="dimmed">
            {t("account.invitedAs", { role: t(`roles.${invitation.role}`), date: formatDate(invitation.expiresAt, language) })}
          </Text>
        </div>
        <Button onClick={() => accept.mutate()} loading={accept.isPending}>
          {t("account.accept")}
        </Button>
      </Group>
    </Card>
  );
}
