import { describe, expect, it } from "vitest";
import type { TMeetingRequest, TParticipant } from "../../../../../contracts/matchmaking";
import { viewRequest } from "./request-view";

const participant = (organizationId: string): TParticipant => ({
  organizationId,
  name: { en: organizationId },
  country: "TJ",
  region: null,
  sectors: [],
  languages: [],
  category: "buyer",
  booth: null,
  profileCount: 0,
  joinedAt: "2031-01-01T00:00:00Z",
});

const now = Date.parse("2031-07-01T12:00:00Z");
const request = (patch: Partial<TMeetingRequest> = {}): TMeetingRequest => ({
  id: "r",
  forumId: "f",
  from: participant("buyer"),
  to: participant("supplier"),
  message: "Hello",
  status: "pending",
  declineReason: null,
  proposedStartsAt: null,
  proposedByOrganizationId: null,
  mutual: false,
  priority: 0,
  meetingId: null,
  createdAt: "2031-07-01T00:00:00Z",
  expiresAt: "2031-07-04T00:00:00Z",
  respondedAt: null,
  ...patch,
});

describe("viewRequest", () => {
  it("offers the recipient accept, propose and decline", () => {
    const view = viewRequest(request(), "supplier", now);
    expect(view).toMatchObject({ direction: "incoming", status: "pending", proposal: null, actions: ["accept", "propose", "decline"] });
    expect(view.counterpart.organizationId).toBe("buyer");
  });

  it("offers the requester only cancel", () => {
    const view = viewRequest(request(), "buyer", now);
    expect(view).toMatchObject({ direction: "outgoing", actions: ["cancel"] });
    expect(view.counterpart.organizationId).toBe("supplier");
  });

  it("lets the requester answer a counter-proposal", () => {
    const proposed = request({ proposedStartsAt: "2031-07-09T05:00:00Z", proposedByOrganizationId: "supplier" });
    expect(viewRequest(proposed, "buyer", now)).toMatchObject({
      proposal: { startsAt: "2031-07-09T05:00:00Z", byMe: false },
      actions: ["acceptProposal", "declineProposal", "cancel"],
    });
    expect(viewRequest(proposed, "supplier", now)).toMatchObject({ proposal: { byMe: true }, actions: ["decline"] });
  });

  it("shows a pending request past its deadline as expired, with nothing to do", () => {
    expect(viewRequest(request({ expiresAt: "2031-07-01T11:59:59Z" }), "supplier", now)).toMatchObject({ status: "expired", actions: [] });
  });

  it("lets either side call off an accepted meeting, and nothing more once declined", () => {
    expect(viewRequest(request({ status: "accepted" }), "supplier", now).actions).toEqual(["cancel"]);
    expect(viewRequest(request({ status: "accepted" }), "buyer", now).actions).toEqual(["cancel"]);
    expect(viewRequest(request({ status: "declined" }), "buyer", now).actions).toEqual([]);
    expect(viewRequest(request({ status: "cancelled" }), "supplier", now).actions).toEqual([]);
  });
});
