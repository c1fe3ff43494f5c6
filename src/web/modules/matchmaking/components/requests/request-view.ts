import type { TMeetingRequest, TParticipant, TRequestStatus } from "../../../../../contracts/matchmaking";

export type RequestAction = "accept" | "decline" | "propose" | "cancel" | "acceptProposal" | "declineProposal";

export type RequestView = {
  direction: "incoming" | "outgoing";
  counterpart: TParticipant;
  /** "expired" as soon as the deadline passes, even before the server's sweep marks it. */
  status: TRequestStatus;
  /** A slot one side proposed, and whether the viewer proposed it. */
  proposal: { startsAt: string; byMe: boolean } | null;
  actions: RequestAction[];
};

/** What a request is to one participant, and what that participant may do with it now. */
export function viewRequest(request: TMeetingRequest, organizationId: string, now: number): RequestView {
  const direction = request.to.organizationId === organizationId ? "incoming" : "outgoing";
  const counterpart = direction === "incoming" ? request.from : request.to;
  const status: TRequestStatus = request.status === "pending" && Date.parse(request.expiresAt) <= now ? "expired" : request.status;
  const proposal = request.proposedStartsAt ? { startsAt: request.proposedStartsAt, byMe: request.proposedByOrganizationId === organizationId } : null;
  // Either side may call off an accepted meeting; answered and lapsed requests are done with.
  const actions: RequestAction[] = status === "pending" ? pendingActions(direction, proposal) : status === "accepted" ? ["cancel"] : [];
  return { direction, counterpart, status, proposal, actions };
}

function pendingActions(direction: "incoming" | "outgoing", proposal: RequestView["proposal"]): RequestAction[] {
  if (direction === "incoming") {
    // Having proposed another slot, the recipient waits for the answer; declining stays possible.
    return proposal?.byMe ? ["decline"] : ["accept", "propose", "decline"];
  }
  // A counter-proposal from the recipient is the requester's to accept or decline.
  return proposal && !proposal.byMe ? ["acceptProposal", "declineProposal", "cancel"] : ["cancel"];
}
