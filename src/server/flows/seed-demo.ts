import { hashPassword } from "better-auth/crypto";
import type { TOrganizationInput, TProductInput } from "../../contracts/directory";
import { members, organizations, products, readDataFile } from "../modules/directory";
import type { SessionUser } from "../platform/auth";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import { hasUsers, insertUserWithPassword } from "../platform/users.repository";
import { type DemoDirectory, seedDemoForum } from "./seed-demo-forum";

export const DEMO_PASSWORD = "hamkori-demo";

type DemoPerson = { name: string; email: string; jobTitle?: string; role: "owner" | "admin" | "member" };
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
 * products, then the Dushanbe forum of data/demo/forum.json on top of them. Runs only on an
 * empty database, so it never mixes with real data.
 */
export async function seedDemo(ctx: AppContext, progress: (line: string, done: number, total: number) => void = () => {}): Promise<SeedReport> {
  const db = ctx.database.db;
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
    const actors = new Map<string, SessionUser>();
    for (const person of people) {
      const id = newId();
      await insertUserWithPassword(db, { id, name: person.name, email: person.email, passwordHash, isDemo: true });
      actors.set(person.email, { id, name: person.name, email: person.email, emailVerified: true, platformRole: "user" });
      users++;
    }
    const ownerPerson = people.find((p) => p.role === "owner") ?? people[0];
    const owner = actors.get(ownerPerson.email) as SessionUser;
    const org = await organizations.createOrganization(ctx, owner, profile, { fictional, jobTitle: ownerPerson.jobTitle });
    // Demo colleagues join directly: invitations would fill the outbox with mail to invented people.
    for (const person of people.filter((p) => p !== ownerPerson)) {
      await members.addMember(ctx, org.id, (actors.get(person.email) as SessionUser).id, person.role, person.jobTitle);
    }
    const productIds: string[] = [];
    for (const product of demoProducts) {
      productIds.push((await products.createProduct(ctx, owner, org.id, product)).id);
      productCount++;
    }
    directory.organizations.set(demo.key, { id: org.id, owner, name: profile.legalName, country: profile.country, productIds, people });
    progress(demo.key, index + 1, world.organizations.length);
  }
  const total = world.organizations.length;
  const forum = await seedDemoForum(ctx, directory, (line) => progress(`Dushanbe forum: ${line}`, total, total));
  return { users, organizations: total, products: productCount, visitors: forum.visitors, skipped: false };
}
