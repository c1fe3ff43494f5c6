import { Button, Collapse, CopyButton, Group, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { LinkIcon } from "../../../../ui/icons";
import { useLanguage } from "../../../../ui/useLanguage";

type Props = { forumId: string; organizationId: string; feedUrl: string };

/** The feed is a private link: absolute, so calendar apps elsewhere can fetch it. */
const absolute = (url: string) => (/^[a-z]+:\/\//i.test(url) ? url : new URL(url, window.location.origin).toString());

/** The agenda as a PDF to print, and as a calendar feed that follows every change. */
export function CalendarLinks({ forumId, organizationId, feedUrl }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [opened, { toggle }] = useDisclosure(false);
  const pdf = `/api/v1/forums/${forumId}/agenda.pdf?${new URLSearchParams({ participant: organizationId, lang: language })}`;
  const feed = absolute(feedUrl);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button component="a" href={pdf} target="_blank" rel="noopener" variant="default" data-testid="agenda-pdf">
          {t("matchmaking.agenda.pdf")}
        </Button>
        <Button variant="default" leftSection={<LinkIcon size={16} />} onClick={toggle} aria-expanded={opened} data-testid="agenda-subscribe">
          {t("matchmaking.agenda.subscribe")}
        </Button>
      </Group>
      <Collapse expanded={opened}>
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t("matchmaking.agenda.subscribeHint")}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              value={feed}
              readOnly
              aria-label={t("matchmaking.agenda.feedUrl")}
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
              data-testid="agenda-feed-url"
            />
            <CopyButton value={feed}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t("matchmaking.agenda.copied") : t("matchmaking.agenda.copy")} withArrow>
                  <Button onClick={copy} variant={copied ? "filled" : "light"} color={copied ? "teal" : undefined} data-testid="agenda-feed-copy">
                    {copied ? t("matchmaking.agenda.copied") : t("matchmaking.agenda.copy")}
                  </Button>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Collapse>
    </Stack>
  );
}
