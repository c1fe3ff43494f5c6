import type { ScanOutcome } from "../../offline/types";

export type Tone = "good" | "warn" | "bad";

export const toneOf = (outcome: ScanOutcome): Tone => (outcome === "accepted" ? "good" : outcome === "repeat" || outcome === "unknown_badge" ? "warn" : "bad");

let audio: AudioContext | null = null;

/**
 * A short beep and a buzz, so door staff know the answer without looking: one high beep lets in,
 * two low ones stop. Both are best effort; browsers without audio or vibration stay silent.
 */
export function signal(tone: Tone, withSound: boolean): void {
  try {
    navigator.vibrate?.(tone === "good" ? 80 : [120, 80, 120]);
  } catch {
    // Vibration is a courtesy.
  }
  if (!withSound) return;
  try {
    audio ??= new AudioContext();
    const beeps = tone === "good" ? [0] : [0, 0.2];
    for (const offset of beeps) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = tone === "good" ? 1320 : 330;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      const start = audio.currentTime + offset;
      oscillator.start(start);
      oscillator.stop(start + 0.12);
    }
  } catch {
    // No audio device: the colour still says it.
  }
}
