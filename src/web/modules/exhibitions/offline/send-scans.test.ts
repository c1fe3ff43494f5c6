import { describe, expect, it } from "vitest";
import { ApiError } from "../../../api/client";
import { refusedScans } from "./send-scans";
import type { QueuedScan } from "./types";

const batch: QueuedScan[] = ["a", "b", "c"].map((scanId) => ({
  scanId,
  forumId: "f",
  code: "7K3MQ9X2RT",
  scannedAt: "2031-07-09T05:00:00.000Z",
  deviceId: "gate-1",
}));

describe("refusedScans", () => {
  it("names the scans a 400 or 409 points at, once each", () => {
    const error = new ApiError(400, "validation_failed", "Invalid", [
      { field: "body.scans.1.scannedAt", message: "The scan time is in the future" },
      { field: "body.scans.1.deviceId", message: "Too long" },
      { field: "scans.2.scanId", message: "Already used" },
    ]);
    expect(refusedScans(error, batch)).toEqual([
      { scanId: "b", rejection: "The scan time is in the future" },
      { scanId: "c", rejection: "Already used" },
    ]);
  });

  it("leaves the queue alone for errors about the whole request or the network", () => {
    expect(refusedScans(new ApiError(400, "validation_failed", "Invalid", [{ field: "body.scans", message: "Too many" }]), batch)).toEqual([]);
    expect(refusedScans(new ApiError(403, "forbidden", "No"), batch)).toEqual([]);
    expect(refusedScans(new ApiError(0, "network_error", undefined), batch)).toEqual([]);
  });
});
