import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TMember, TMemberRole } from "../../../../contracts/directory";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { ErrorAlert, errorMessage } from "../../../ui/ErrorAlert";
import { formatDate } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { useMemberActions, useMembers, useOrganizationInvitations } from "../hooks/members";
import { MEMBER_ROLES } from "../roles";
import { InviteForm } from "./InviteForm";

export function MembersPanel({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const members = useMembers(organizationId);
  const invitations = useOrganizationInvitations(organizationId);
  const actions = useMemberActions(organizationId);
  const pending = (invitations.data ?? []).filter((i) => i.status === "pending");

  const fail = (error: unknown) => notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("members.title")}
        </Title>
        {members.isPending ? (
          <PageLoader />
        ) : members.isError ? (
          <ErrorAlert error={members.error} />
        ) : (
          members.data.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              onChange={(patch) => actions.update.mutate({ memberId: member.id, ...patch }, { onError: fail })}
              onRemove={() => actions.remove.mutate(member.id, { onError: fail })}
            />
          ))
        )}
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("members.invite")}
        </Title>
        <InviteForm organizationId={organizationId} />
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("members.pending")}
        </Title>
        {invitations.isPending ? (
          <PageLoader />
        ) : pending.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("members.noPending")}
          </Text>
        ) : (
          pending.map((invitation) => (
            <Card key={invitation.id} withBorder padding="sm" data-testid="pending-invitation">
              <Group justify="space-between" gap="xs">
                <div>
                  <Text fw={500} size="sm">
                    {invitation.email}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t("members.invitedAs", { role: t(`roles.${invitation.role}`), date: formatDate(invitation.expiresAt, language) })}
                  </Text>
                </div>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => actions.cancel.mutate(invitation.id, { onError: fail })}
                  loading={actions.cancel.isPending && actions.cancel.variables === invitation.id}
                >
                  {t("members.cancelInvitation")}
                </Button>
              </Group>
            </Card>
          ))
        )}
      </Stack>
    </Stack>
  );
}

type RowProps = { member: TMember; onChange: (patch: { role?: TMemberRole; jobTitle?: string | null }) => void; onRemove: () => void };

function MemberRow({ member, onChange, onRemove }: RowProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [jobTitle, setJobTitle] = useState(member.jobTitle ?? "");
  const isMe = me.data?.user.id === member.userId;
  return (
    <Card withBorder padding="md" data-testid="member">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Text fw={600}>{member.name}</Text>
              {isMe ? (
                <Badge size="xs" variant="light">
                  {t("members.you")}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed" truncate>
              {member.email}
            </Text>
          </div>
          <ConfirmButton
            variant="subtle"
            color="red"
            size="xs"
            question={isMe ? t("members.confirmLeave") : t("members.confirmRemove", { name: member.name })}
            confirmLabel={isMe ? t("members.leave") : t("members.remove")}
            onConfirm={onRemove}
          >
            {isMe ? t("members.leave") : t("members.remove")}
          </ConfirmButton>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t("members.role")}
            data={MEMBER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={member.role}
            onChange={(role) => role && role !== member.role && onChange({ role: role as TMemberRole })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t("members.jobTitle")}
            value={jobTitle}
            maxLength={100}
            onChange={(event) => setJobTitle(event.currentTarget.value)}
            // Saving on blur avoids a save button per row; nothing is sent if nothing changed.
            onBlur={() => jobTitle.trim() !== (member.jobTitle ?? "") && onChange({ jobTitle: jobTitle.trim() || null })}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
