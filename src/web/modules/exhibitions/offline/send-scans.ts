import type { z } from "zod";
import type { ZScanResults } from "../../../../contracts/exhibitions";
import { ApiError, api } from "../../../api/client";
import type { SendScans } from "./sync";
import type { QueuedScan, ScanSettlement } from "./types";

type ScanResults = z.infer<typeof ZScanResults>;

const SCAN_FIELD = /(?:^|\.)scans\.(\d+)(?:\.|$)/;

/**
 * Scans the server refused to record at all, by the field errors of a 400/409 ("scans.3.scannedAt":
 * a device clock days off, a scan id reused). They leave the queue with the reason shown, or one
 * bad scan would hold back every scan after it forever.
 */
export function refusedScans(error: unknown, batch: QueuedScan[]): ScanSettlement[] {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return [];
  const refused = new Map<string, string>();
  for (const fieldError of error.errors) {
    const match = SCAN_FIELD.exec(fieldError.field);
    const scan = match ? batch[Number(match[1])] : undefined;
    if (scan && !refused.has(scan.scanId)) refused.set(scan.scanId, fieldError.message);
  }
  return [...refused].map(([scanId, rejection]) => ({ scanId, rejection }));
}

export function settlementsOf(results: ScanResults["results"]): ScanSettlement[] {
  return results.map((result) => ({
    scanId: result.scanId,
    outcome: result.outcome,
    person: result.registration
      ? { fullName: result.registration.fullName, organizationName: result.registration.organizationName, category: result.registration.category }
      : null,
    firstCheckedInAt: result.firstCheckedInAt,
  }));
}

export const sendScans: SendScans = async (forumId, batch) => {
  const scans = batch.map(({ scanId, token, code, scannedAt, deviceId }) =>
    token ? { scanId, token, scannedAt, deviceId } : { scanId, code, scannedAt, deviceId },
  );
  try {
    const answer = await api.post<ScanResults>(`/api/v1/forums/${forumId}/check-ins`, { scans });
    return settlementsOf(answer.results);
  } catch (error) {
    const refused = refusedScans(error, batch);
    if (refused.length > 0) return refused;
    throw error;
  }
};
