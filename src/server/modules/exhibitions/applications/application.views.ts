import type { TApplication } from "../../../../contracts/exhibitions";
import type { ApplicationRow, describeApplications } from "./application.repository";

type Facts = Awaited<ReturnType<typeof describeApplications>>;

export function toApplication(row: ApplicationRow, facts: Facts): TApplication {
  const org = facts.organizations.get(row.organizationId);
  const booth = facts.boothsByApplication.get(row.id);
  const pavilion = row.pavilionId ? facts.pavilions.get(row.pavilionId) : undefined;
  return {
    id: row.id,
    forumId: row.forumId,
    organization: { id: row.organizationId, name: org?.name ?? {}, country: org?.country ?? "", sectors: org?.sectors ?? [] },
    kind: row.kind as TApplication["kind"],
    status: row.status as TApplication["status"],
    booth: booth ? { id: booth.id, number: booth.number, hallId: booth.hallId, area: Math.round(booth.width * booth.height * 100) / 100 } : null,
    pavilion: pavilion ? { id: pavilion.id, name: pavilion.name, color: pavilion.color } : null,
    requestedArea: row.requestedArea,
    // A product deleted from the catalogue since simply stops being shown.
    products: row.productIds.flatMap((id) => {
      const p = facts.products.get(id);
      return p ? [{ id: p.id, name: p.name, hsCode: p.hsCode }] : [];
    }),
    message: row.message,
    decisionMessage: row.decisionMessage,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
