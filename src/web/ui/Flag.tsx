import { Badge } from "@mantine/core";
import { flagEmoji } from "./format";

let supported: boolean | undefined;

/**
 * Windows and some Linux desktops draw flag emoji as two grey letters or empty boxes. Drawing one
 * on a canvas and looking for colour tells us whether this device has real flags.
 */
function detectFlags(): boolean {
  try {
    const canvas = document.createElement("canvas");
    canvas.width = 16;
    canvas.height = 16;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return false;
    context.font = "14px sans-serif";
    context.textBaseline = "top";
    context.fillText(flagEmoji("TJ"), 0, 0);
    const pixels = context.getImageData(0, 0, 16, 16).data;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
      if (a > 0 && (Math.abs(r - g) > 30 || Math.abs(g - b) > 30)) return true;
    }
    return false;
  } catch {
    return false;
  }
}

function flagsSupported(): boolean {
  supported ??= detectFlags();
  return supported;
}

/** The country's flag, or its two-letter code where the device cannot draw flags. */
export function Flag({ country }: { country: string }) {
  if (flagsSupported()) return <span aria-hidden="true">{flagEmoji(country)}</span>;
  return (
    <Badge size="xs" variant="default" radius="sm" px={4} style={{ flexShrink: 0 }} aria-hidden="true">
      {country}
    </Badge>
  );
}
