import type { TOrganizationInput } from "../../contracts/directory";
import type { TProfileInput } from "../../contracts/matchmaking";
import { readDataFile } from "../modules/directory";
import { participants, profiles } from "../modules/matchmaking";
import type { SessionUser } from "../platform/auth";
import type { AppContext } from "../platform/context";
import { createDemoOrganization, type DemoPerson } from "./seed-demo-directory";
import type { DemoDirectory } from "./seed-demo-forum";

type DemoBuyer = TOrganizationInput & {
  key: string;
  fictional: boolean;
  people: DemoPerson[];
  category: "buyer" | "investor";
  profiles: TProfileInput[];
};

/**
 * The buyers and investors of data/demo/buyers.json: companies without a booth that come to the
 * forum for its B2B meetings. Each is created like the organisations of world.json, joins the
 * matchmaking (the organiser adds it, as the desk does for registered buyers) and states what it
 * seeks. They are added to the directory so that the rest of the demo sees them.
 */
export async function seedDemoBuyers(ctx: AppContext, directory: DemoDirectory, forumId: string, organiser: SessionUser, passwordHash: string) {
  const data = readDataFile<{ organizations: DemoBuyer[] }>("demo/buyers.json");
  let users = 0;
  let profileCount = 0;
  for (const { key, fictional, people, category, profiles: demoProfiles, ...profile } of data.organizations) {
    if (directory.organizations.has(key)) throw new Error(`demo/buyers.json repeats an organisation key: ${key}`);
    const { id, owner } = await createDemoOrganization(ctx, profile, { fictional, people, passwordHash });
    users += people.length;
    directory.organizations.set(key, { id, owner, name: profile.legalName, country: profile.country, productIds: [], people });
    await participants.joinMatchmaking(ctx, organiser, forumId, { organizationId: id, category });
    for (const input of demoProfiles) await profiles.createProfile(ctx, owner, id, input);
    profileCount += demoProfiles.length;
  }
  return { organizations: data.organizations.length, users, profiles: profileCount };
}
