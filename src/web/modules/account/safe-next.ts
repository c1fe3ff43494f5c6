/** Only paths on this site may be a return address, so a crafted link cannot send people elsewhere. */
export function safeNext(next: string | null): string | undefined {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return undefined;
  return next;
}
