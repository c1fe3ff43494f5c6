import { ZAgendaInput, ZCommitmentInput, ZHighLevelMeetingInput, ZTargetInput } from "../../contracts/cooperation";
import { agendas } from "../modules/cooperation";
import { readDataFile } from "../modules/directory";
import type { AppContext } from "../platform/context";
import type { DemoDirectory } from "./seed-demo-forum";

type DemoCommitment = Record<string, unknown> & { key: string; deals: string[] };
type DemoAgenda = Record<string, unknown> & {
  key: string;
  keepers: string[];
  meetings: Record<string, unknown>[];
  commitments: DemoCommitment[];
  targets: Record<string, unknown>[];
};

/**
 * The demo's cooperation agendas (data/demo/agendas.json), kept by the demo's officials'
 * organisations, with the demo deals linked to the commitments they serve (by a party of each).
 */
export async function seedDemoAgendas(ctx: AppContext, directory: DemoDirectory, dealIds: Map<string, { id: string; starterKey: string }>) {
  const { agendas: demo } = readDataFile<{ agendas: DemoAgenda[] }>("demo/agendas.json");
  for (const { key, keepers, meetings, commitments, targets, ...rest } of demo) {
    const organizationOf = (organization: string) => {
      const found = directory.organizations.get(organization);
      if (!found) throw new Error(`data/demo/agendas.json, agenda ${key}: no demo organisation "${organization}"`);
      return found;
    };
    const keeper = organizationOf(keepers[0]).owner;
    const input = ZAgendaInput.parse({ ...rest, keepers: keepers.map((k) => organizationOf(k).id) });
    const created = await agendas.createAgenda(ctx, keeper, input);
    for (const meeting of meetings) await agendas.addMeeting(ctx, keeper, created.id, ZHighLevelMeetingInput.parse(meeting));
    for (const target of targets) await agendas.addTarget(ctx, keeper, created.id, ZTargetInput.parse(target));
    for (const { key: commitmentKey, deals, ...commitment } of commitments) {
      const withIt = await agendas.addCommitment(ctx, keeper, created.id, ZCommitmentInput.parse(commitment));
      const id = withIt.commitments.find((c) => c.title === commitment.title)?.id as string;
      for (const dealKey of deals) {
        const deal = dealIds.get(dealKey);
        if (!deal) throw new Error(`data/demo/agendas.json, commitment ${commitmentKey}: no demo deal "${dealKey}"`);
        await agendas.linkDealToCommitment(ctx, organizationOf(deal.starterKey).owner, id, deal.id);
      }
    }
  }
  return demo.length;
}
