import { invalid } from "./errors";

// Deeper than this nobody pages; beyond it the offset would also overflow the database.
const MAX_OFFSET = 1_000_000;

/** Cursors are opaque to clients; inside they are offsets into a ranked list. */
export const encodeCursor = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString("base64url");

/** One page of a ranked list: the items, the total, and the cursor of the next page if any. */
export function pageOf<T>(items: T[], offset: number, total: number) {
  return { items, total, nextCursor: offset + items.length < total ? encodeCursor(offset + items.length) : null };
}

/** Reads a cursor this server issued; anything else is refused, naming the field. */
export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  let offset: unknown;
  try {
    offset = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))?.o;
  } catch {
    offset = undefined;
  }
  if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw invalid("cursor", "This cursor was not issued by the server or is out of range; start from the first page");
  }
  return offset;
}
