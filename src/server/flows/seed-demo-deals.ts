import { type TDealInput, ZDealInput } from "../../contracts/cooperation";
import { deals } from "../modules/cooperation";
import { readDataFile } from "../modules/directory";
import type { AppContext } from "../platform/context";
import type { DemoDirectory } from "./seed-demo-forum";

type DemoMilestone = { title: string; dueDate: string; owner: string; done: boolean };
type DemoDeal = Omit<TDealInput, "parties" | "sharedWith"> & { key: string; parties: string[]; sharedWith: string[]; milestones: DemoMilestone[] };

/**
 * The demo's deals and joint ventures (data/demo/deals.json), started by an owner of their first
 * party through the same service people use, so the activity log and totals are real.
 */
export async function seedDemoDeals(ctx: AppContext, directory: DemoDirectory) {
  const { deals: demo } = readDataFile<{ deals: DemoDeal[] }>("demo/deals.json");
  const created = new Map<string, { id: string; starterKey: string }>();
  for (const { key, parties, sharedWith, milestones, ...rest } of demo) {
    const idOf = (organization: string) => {
      const found = directory.organizations.get(organization);
      if (!found) throw new Error(`data/demo/deals.json, deal ${key}: no demo organisation "${organization}"`);
      return found;
    };
    const input = ZDealInput.parse({ ...rest, parties: parties.map((party) => idOf(party).id), sharedWith: sharedWith.map((org) => idOf(org).id) });
    const starter = idOf(parties[0]).owner;
    const deal = await deals.createDeal(ctx, starter, input);
    created.set(key, { id: deal.id, starterKey: parties[0] });
    for (const milestone of milestones) {
      const { done, ...fields } = milestone;
      const withIt = await deals.addMilestone(ctx, starter, deal.id, fields);
      if (done) await deals.changeMilestone(ctx, starter, deal.id, withIt.milestones.find((m) => m.title === fields.title)?.id as string, { done: true });
    }
  }
  return created;
}
