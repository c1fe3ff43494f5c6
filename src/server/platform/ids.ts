import { randomUUID } from "node:crypto";

/** Identifiers are random UUIDs: unguessable in URLs and safe to create on any node. */
export const newId = (): string => randomUUID();
