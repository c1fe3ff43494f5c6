import { hashPassword } from "better-auth/crypto";
import type { TOrganizationInput, TProductInput } from "../../contracts/directory";
import { products, readDataFile } from "../modules/directory";
import { seedDemoTrade } from "../modules/trade";
import type { SessionUser } from "../platform/auth";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import { hasUsers, insertUserWithPassword } from "../platform/users.repository";
import { seedDemoAgendas } from "./seed-demo-agendas";
import { seedDemoDeals } from "./seed-demo-deals";
import { createDemoOrganization, type DemoPerson } from "./seed-demo-directory";
import { type DemoDirectory, seedDemoForum } from "./seed-demo-forum";
import { seedDemoMatchmaking } from "./seed-demo-matchmaking";

export const DEMO_PASSWORD = "hamkori-demo";

type DemoOrganization = TOrganizationInput & { key: string; fictional: boolean; people: DemoPerson[]; products: TProductInput[] };
type DemoWorld = { organizations: DemoOrganization[] };

/** Accounts that exist only in demo mode, one per role; listed in the README. */
export const DEMO_ACCOUNTS = [
  { email: "admin@demo.hamkori.org", name: "Platform Administrator (demo)", platformRole: "admin" as const },
  { email: "visitor@demo.hamkori.org", name: "Dilnoza Karimova (demo visitor)", platformRole: "user" as const },
];

export type SeedReport = { users: number; organizations: number; products: number; visitors: number; skipped: boolean };

/**
 * Loads the demo forum world (data/demo/world.json): organisations with their people and
 * products, then the Dushanbe forum of data/demo/forum.json on top of them, then its B2B meetings
 * (data/demo/matchmaking.json, with the buyers and investors of data/demo/buyers.json), then the
 * deals and joint ventures of data/demo/deals.json and the cooperation agendas of
 * data/demo/agendas.json. Runs only
 * on an empty database, so it never mixes with real data. Trade statistics (synthetic, see
 * data/demo/trade-economies.json) load into an empty trade store on their own terms.
 */
export async function seedDemo(ctx: AppContext, progress: (line: string, done: number, total: number) => void = () => {}): Promise<SeedReport> {
  const db = ctx.database.db;
  // Progress with no total is a line of its own, not a step of the directory.
  await seedDemoTrade(ctx, (line) => progress(`Trade statistics: ${line}`, 0, 0));
  if (await hasUsers(db)) return { users: 0, organizations: 0, products: 0, visitors: 0, skipped: true };
  const world = readDataFile<DemoWorld>("demo/world.json");
  // One hash for every demo account: they share the documented demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let users = 0;
  let productCount = 0;
  const directory: DemoDirectory = { organizations: new Map() };

  for (const account of DEMO_ACCOUNTS) {
    await insertUserWithPassword(db, { id: newId(), ...account, passwordHash, isDemo: true });
    users++;
  }

  for (const [index, demo] of world.organizations.entries()) {
    const { key: _key, fictional, people, products: demoProducts, ...profile } = demo;
    const { id, owner } = await createDemoOrganization(ctx, profile, { fictional, people, passwordHash });
    users += people.length;
    const productIds: string[] = [];
    for (const product of demoProducts) {
      productIds.push((await products.createProduct(ctx, owner, id, product)).id);
      productCount++;
    }
    directory.organizations.set(demo.key, { id, owner, name: profile.legalName, country: profile.country, productIds, people });
    progress(demo.key, index + 1, world.organizations.length);
  }
  const total = world.organizations.length;
  const forum = await seedDemoForum(ctx, directory, (line) => progress(`Dushanbe forum: ${line}`, total, total));
  const organiser = directory.organizations.get(forum.organizerKey)?.owner as SessionUser;
  // The B2B meetings bring buyers and investors of their own (data/demo/buyers.json).
  const buyers = await seedDemoMatchmaking(ctx, directory, forum.forumId, organiser, passwordHash, (line) => progress(`B2B meetings: ${line}`, total, total));
  const deals = await seedDemoDeals(ctx, directory);
  progress(`Deals and joint ventures: ${deals.size}`, total, total);
  progress(`Cooperation agendas: ${await seedDemoAgendas(ctx, directory, deals)}`, total, total);
  return { users: users + buyers.users, organizations: total + buyers.organizations, products: productCount, visitors: forum.visitors, skipped: false };
}
