import { Alert, Box, Container, Group, Paper, Stack, Switch } from "@mantine/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "../../../../app/LanguageSwitcher";
import { useCheckInDesk } from "../../hooks/check-in";
import type { ForumSummary } from "../../offline/types";
import { CameraScanner } from "./CameraScanner";
import { CheckInTopBar } from "./CheckInTopBar";
import { CodeEntry } from "./CodeEntry";
import { DeskStatus } from "./DeskStatus";
import { RecentScans } from "./RecentScans";
import { ScanResultPanel } from "./ScanResultPanel";
import { signal, toneOf } from "./signal";

const SOUND_KEY = "hamkori.checkInSound";
const readSound = () => {
  try {
    return localStorage.getItem(SOUND_KEY) !== "off";
  } catch {
    return true;
  }
};

type Props = { forumId: string; forum: ForumSummary | null };

/** The door: the last answer on top, then the ways to scan, then what happened before. */
export function CheckInScreen({ forumId, forum }: Props) {
  const { t } = useTranslation();
  const desk = useCheckInDesk(forumId, forum);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [notBadge, setNotBadge] = useState(false);
  const [sound, setSound] = useState(readSound);
  const summary = forum ?? desk.bundle?.forum ?? null;
  const timeZone = summary?.timeZone;
  // The server's later word about the shown scan (another door was first) replaces the device's own.
  const current = desk.recent.find((record) => record.scanId === currentId) ?? null;
  const { scan } = desk;

  const handle = useCallback(
    async (text: string) => {
      const { record } = await scan(text);
      setNotBadge(record === null);
      if (!record) return;
      setCurrentId(record.scanId);
      signal(toneOf(record.outcome), sound);
    },
    [scan, sound],
  );

  const toggleSound = (on: boolean) => {
    setSound(on);
    try {
      localStorage.setItem(SOUND_KEY, on ? "on" : "off");
    } catch {
      // Only the memory of the choice is lost.
    }
  };

  const canScan = desk.ready && !!desk.bundle;
  return (
    <>
      <CheckInTopBar forumId={forumId} name={summary?.name} online={desk.online} />
      <Container size="sm" px="sm" py="md">
        <Stack gap="md">
          <DeskStatus desk={desk} timeZone={timeZone} />
          {desk.ready && !desk.bundle && !desk.bundleLoading ? (
            <Alert color="red" variant="light" role="alert" data-testid="no-bundle" title={t("checkIn.noBundleTitle")}>
              {t("checkIn.noBundle")}
            </Alert>
          ) : null}
          <ScanResultPanel record={current} timeZone={timeZone} />
          {notBadge ? (
            <Alert color="red" variant="light" role="alert">
              {t("checkIn.notBadge")}
            </Alert>
          ) : null}
          <Paper withBorder p="sm" radius="md">
            <Stack gap="sm">
              <CodeEntry onSubmit={handle} disabled={!canScan} />
              {canScan ? <CameraScanner onRead={(text) => void handle(text)} /> : null}
            </Stack>
          </Paper>
          <RecentScans records={desk.recent} timeZone={timeZone} />
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Switch label={t("checkIn.sound")} checked={sound} onChange={(event) => toggleSound(event.currentTarget.checked)} />
            <Box w={170}>
              <LanguageSwitcher fullWidth />
            </Box>
          </Group>
        </Stack>
      </Container>
    </>
  );
}
