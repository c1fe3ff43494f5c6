import { Center, Group, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { languageName } from "../../../ui/format";
import { PageLoader } from "../../../ui/Loading";
import { useLanguage } from "../../../ui/useLanguage";
import { groupByDay, languagesOf, roomsOf } from "../components/programme-days";
import { SessionCard } from "../components/SessionCard";
import { formatDayHeading } from "../components/venue-time";
import { useForum, useForumId } from "../hooks/forum";
import { useProgramme } from "../hooks/forums";

export function ProgrammePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useForumId();
  const forum = useForum(id);
  const programme = useProgramme(id);
  const [room, setRoom] = useState<string | null>(null);
  const [spoken, setSpoken] = useState<string | null>(null);

  if (programme.isError) return <ErrorAlert error={programme.error} />;
  if (!forum.data || !programme.data) return <PageLoader />;
  const sessions = programme.data;
  const shown = sessions.filter((s) => (!room || s.room === room) && (!spoken || s.language === spoken));
  const days = groupByDay(shown, forum.data.timeZone);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2} size="h3">
            {t("forums.programme.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("forums.programme.venueTime", { zone: forum.data.timeZone })}
          </Text>
        </div>
        {sessions.length ? (
          <SimpleGrid cols={2} spacing="xs" style={{ flex: "1 1 300px", maxWidth: 480 }}>
            <Select
              label={t("forums.programme.room")}
              data={roomsOf(sessions)}
              value={room}
              onChange={setRoom}
              clearable
              placeholder={t("forums.programme.anyRoom")}
              comboboxProps={{ withinPortal: true }}
              data-testid="programme-room-filter"
            />
            <Select
              label={t("forums.programme.language")}
              data={languagesOf(sessions).map((code) => ({ value: code, label: languageName(code, language) }))}
              value={spoken}
              onChange={setSpoken}
              clearable
              placeholder={t("forums.programme.anyLanguage")}
              comboboxProps={{ withinPortal: true }}
              data-testid="programme-language-filter"
            />
          </SimpleGrid>
        ) : null}
      </Group>
      {days.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed">{sessions.length ? t("forums.programme.noneMatch") : t("forums.programme.empty")}</Text>
        </Center>
      ) : (
        days.map((day) => (
          <Stack key={day.date} gap="xs" component="section" data-testid="programme-day">
            <Title order={3} size="h4">
              {formatDayHeading(day.date, language)}
            </Title>
            {day.sessions.map((session) => (
              <SessionCard key={session.id} session={session} timeZone={forum.data.timeZone} />
            ))}
          </Stack>
        ))
      )}
    </Stack>
  );
}
