import { Alert, Box, Button, Loader, Stack, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQrCamera } from "./use-qr-camera";

const CAMERA_KEY = "hamkori.checkInCamera";

function rememberedChoice(): boolean {
  try {
    return localStorage.getItem(CAMERA_KEY) === "on";
  } catch {
    return false;
  }
}

/** The camera preview that reads badge QR codes, with a switch; the choice is remembered on this device. */
export function CameraScanner({ onRead }: { onRead: (text: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [enabled, setEnabled] = useState(rememberedChoice);
  const camera = useQrCamera(video, enabled, onRead);

  const toggle = () => {
    const next = !enabled;
    setEnabled(next);
    try {
      localStorage.setItem(CAMERA_KEY, next ? "on" : "off");
    } catch {
      // Only the memory of the choice is lost.
    }
  };

  return (
    <Stack gap="xs">
      <Button onClick={toggle} variant={enabled ? "default" : "filled"} size="md" fullWidth data-testid="camera-toggle" aria-pressed={enabled}>
        {enabled ? t("checkIn.camera.off") : t("checkIn.camera.on")}
      </Button>
      {camera.status === "error" ? (
        <Alert color="orange" variant="light" role="alert" data-testid="camera-problem" title={t("checkIn.camera.problemTitle")}>
          {t(`checkIn.camera.problem.${camera.problem}`)}
        </Alert>
      ) : null}
      <Box
        pos="relative"
        bg="dark.9"
        style={{ borderRadius: 12, overflow: "hidden", aspectRatio: "4 / 3", display: enabled && camera.status !== "error" ? "block" : "none" }}
      >
        <video ref={video} muted playsInline aria-label={t("checkIn.camera.preview")} style={{ width: "100%", height: "100%", objectFit: "cover" }} />
        {/* A frame to aim at: the QR code reads best when it fills about half the picture. */}
        <Box
          pos="absolute"
          aria-hidden
          style={{ inset: "18% 26%", border: "3px solid rgba(255,255,255,0.85)", borderRadius: 12, boxShadow: "0 0 0 999px rgba(0,0,0,0.25)" }}
        />
        {camera.status === "starting" ? (
          <Stack pos="absolute" inset={0} align="center" justify="center" gap={4}>
            <Loader color="white" />
            <Text c="white" size="sm">
              {t("checkIn.camera.starting")}
            </Text>
          </Stack>
        ) : null}
      </Box>
    </Stack>
  );
}
