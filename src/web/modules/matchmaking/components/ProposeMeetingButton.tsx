import { Alert, Anchor, Button, Group, Loader, Modal, Radio, Select, Stack, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TLocalizedText } from "../../../../contracts/common";
import type { TMeetingForums } from "../../../../contracts/matchmaking";
import { api } from "../../../api/client";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { formatDate } from "../../../ui/format";
import { pickLocalized } from "../../../ui/localized";
import { useLanguage } from "../../../ui/useLanguage";
import { useMe } from "../../account/session";
import { useMatchmakingSettings } from "../hooks/matchmaking";
import { RequestMeetingModal } from "./RequestMeetingModal";
import { SignInPrompt } from "./SignInPrompt";

type Props = {
  organization: { id: string; name: TLocalizedText };
  size?: "xs" | "sm";
  variant?: "default" | "light" | "subtle";
};
type Forum = TMeetingForums["items"][number];
type Chosen = { forum: Forum; fromId: string };

/**
 * Proposes a meeting to an organisation from outside a forum's pages (an opportunity's candidate,
 * a company's profile): meetings are arranged within a forum's matchmaking, so the reader first
 * picks the forum both take part in (and which of their organisations asks), then writes.
 */
export function ProposeMeetingButton({ organization, size = "sm", variant = "light" }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const name = organization.name;
  return (
    <>
      <Button size={size} variant={variant} onClick={() => setOpen(true)} data-testid="propose-meeting">
        {t("matchmaking.propose.action")}
      </Button>
      {open ? (
        <ForumPicker
          organization={organization}
          onClose={() => setOpen(false)}
          onChoose={(choice) => {
            setOpen(false);
            setChosen(choice);
          }}
        />
      ) : null}
      {chosen ? <ComposeRequest chosen={chosen} name={name} onClose={() => setChosen(null)} /> : null}
    </>
  );
}

function ComposeRequest({ chosen, name, onClose }: { chosen: Chosen; name: TLocalizedText; onClose: () => void }) {
  const settings = useMatchmakingSettings(chosen.forum.forum.id);
  const from = chosen.forum.from.find((f) => f.organizationId === chosen.fromId);
  if (!from || settings.isPending) return null;
  return (
    <RequestMeetingModal
      forumId={chosen.forum.forum.id}
      timeZone={chosen.forum.forum.timeZone}
      settings={settings.data}
      from={from}
      to={{ organizationId: chosen.forum.to.organizationId, name }}
      onClose={onClose}
    />
  );
}

function ForumPicker({ organization, onClose, onChoose }: { organization: Props["organization"]; onClose: () => void; onChoose: (c: Chosen) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phone = useMediaQuery("(max-width: 36em)");
  const me = useMe();
  const forums = useQuery({
    queryKey: ["meeting-forums", organization.id],
    queryFn: () => api.get<TMeetingForums>(`/api/v1/organizations/${organization.id}/meeting-forums`),
  });
  const items = forums.data?.items ?? [];
  const usable = items.filter((item) => item.from.length > 0);
  const [forumId, setForumId] = useState<string | null>(null);
  const [fromId, setFromId] = useState<string | null>(null);
  const forum = usable.find((item) => item.forum.id === forumId) ?? (usable.length === 1 ? usable[0] : undefined);
  const from = fromId ?? forum?.from[0]?.organizationId ?? null;
  const dates = (item: Forum) => `${formatDate(item.forum.startsOn, language)} – ${formatDate(item.forum.endsOn, language)}`;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <Modal opened onClose={onClose} title={t("matchmaking.propose.title", { name: pickLocalized(organization.name, language) })} size="lg" fullScreen={phone}>
      <Stack gap="md" data-testid="propose-meeting-dialog">
        {!me.isPending && !me.data ? (
          <SignInPrompt />
        ) : forums.isPending ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t("common.loading")}</Text>
          </Group>
        ) : forums.isError ? (
          <ErrorAlert error={forums.error} />
        ) : items.length === 0 ? (
          <Alert color="gray" variant="light">
            {t("matchmaking.propose.noForum", { name: pickLocalized(organization.name, language) })}
          </Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("matchmaking.propose.hint")}
            </Text>
            <Radio.Group
              value={forum?.forum.id ?? null}
              onChange={(id) => {
                setForumId(id);
                setFromId(null);
              }}
              label={t("matchmaking.propose.forum")}
            >
              <Stack gap="xs" mt="xs">
                {items.map((item) => (
                  <Stack key={item.forum.id} gap={2}>
                    <Radio
                      value={item.forum.id}
                      disabled={item.from.length === 0}
                      label={pickLocalized(item.forum.name, language)}
                      description={`${dates(item)}${item.forum.endsOn < today ? ` · ${t("matchmaking.propose.over")}` : ""}`}
                    />
                    {item.from.length === 0 ? (
                      <Text size="xs" c="dimmed" pl="xl">
                        {t("matchmaking.propose.notTakingPart")}{" "}
                        <Anchor component={Link} to={`/forums/${item.forum.id}/meetings`} size="xs">
                          {t("matchmaking.propose.join")}
                        </Anchor>
                      </Text>
                    ) : null}
                  </Stack>
                ))}
              </Stack>
            </Radio.Group>
            {forum && forum.from.length > 1 ? (
              <Select
                label={t("matchmaking.propose.as")}
                data={forum.from.map((f) => ({ value: f.organizationId, label: pickLocalized(f.name, language) }))}
                value={from}
                onChange={setFromId}
                allowDeselect={false}
              />
            ) : null}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button disabled={!forum || !from} onClick={() => forum && from && onChoose({ forum, fromId: from })} data-testid="propose-continue">
                {t("matchmaking.propose.continue")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
