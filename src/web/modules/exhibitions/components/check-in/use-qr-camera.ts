import jsQR from "jsqr";
import { type RefObject, useEffect, useRef, useState } from "react";

export type CameraProblem = "unsupported" | "denied" | "missing" | "failed";
export type CameraState = { status: "off" | "starting" | "on" } | { status: "error"; problem: CameraProblem };

/** A frame every 150 ms finds a badge as fast as a person holds it up, and spares a phone's battery. */
const FRAME_MS = 150;
/** After a read the scanner rests, so the door staff see the answer before the next badge. */
const PAUSE_AFTER_READ_MS = 1_500;
/** A badge still held in front of the camera is not scanned again (it would flag itself as a repeat). */
const SAME_CODE_QUIET_MS = 5_000;
/** Frames are scaled down to this width: QR codes on badges are large, and jsQR's time grows with pixels. */
const MAX_WIDTH = 640;

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "NotReadableError") return "missing";
  return "failed";
}

/**
 * Reads QR codes from the camera into `onRead` while `enabled`. Prefers the rear camera on phones;
 * stops the camera completely when disabled or unmounted, so the light goes off.
 */
export function useQrCamera(video: RefObject<HTMLVideoElement | null>, enabled: boolean, onRead: (text: string) => void): CameraState {
  const [state, setState] = useState<CameraState>({ status: "off" });
  const readRef = useRef(onRead);
  readRef.current = onRead;

  useEffect(() => {
    if (!enabled) {
      setState({ status: "off" });
      return;
    }
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ status: "error", problem: "unsupported" });
      return;
    }
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    let last = { text: "", at: 0 };

    const tick = () => {
      if (stopped) return;
      let delay = FRAME_MS;
      const element = video.current;
      if (context && element && element.readyState >= element.HAVE_CURRENT_DATA && element.videoWidth > 0) {
        const scale = Math.min(1, MAX_WIDTH / element.videoWidth);
        canvas.width = Math.round(element.videoWidth * scale);
        canvas.height = Math.round(element.videoHeight * scale);
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
        const now = Date.now();
        if (found?.data) {
          const repeated = found.data === last.text && now - last.at < SAME_CODE_QUIET_MS;
          last = { text: found.data, at: now };
          if (!repeated) {
            readRef.current(found.data);
            delay = PAUSE_AFTER_READ_MS;
          }
        }
      }
      timer = setTimeout(tick, delay);
    };

    setState({ status: "starting" });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
      .then(async (media) => {
        stream = media;
        if (stopped || !video.current) {
          // Turned off while the browser was still asking: release the camera at once.
          for (const track of media.getTracks()) track.stop();
          return;
        }
        video.current.srcObject = media;
        await video.current.play().catch(() => undefined);
        setState({ status: "on" });
        tick();
      })
      .catch((error: unknown) => {
        if (!stopped) setState({ status: "error", problem: problemOf(error) });
      });

    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (video.current) video.current.srcObject = null;
    };
  }, [enabled, video]);

  return state;
}
