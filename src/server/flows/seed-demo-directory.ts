import type { TOrganizationInput } from "../../contracts/directory";
import { members, organizations } from "../modules/directory";
import type { SessionUser } from "../platform/auth";
import type { AppContext } from "../platform/context";
import { newId } from "../platform/ids";
import { insertUserWithPassword } from "../platform/users.repository";

export type DemoPerson = { name: string; email: string; jobTitle?: string; role: "owner" | "admin" | "member" };

/**
 * One demo organisation, made as people would make it: each person gets an account with the shared
 * demo password, the owner creates the organisation and the colleagues join it.
 */
export async function createDemoOrganization(
  ctx: AppContext,
  profile: TOrganizationInput,
  { fictional, people, passwordHash }: { fictional: boolean; people: DemoPerson[]; passwordHash: string },
): Promise<{ id: string; owner: SessionUser }> {
  const actors = new Map<string, SessionUser>();
  for (const person of people) {
    const id = newId();
    await insertUserWithPassword(ctx.database.db, { id, name: person.name, email: person.email, passwordHash, isDemo: true });
    actors.set(person.email, { id, name: person.name, email: person.email, emailVerified: true, platformRole: "user" });
  }
  const ownerPerson = people.find((p) => p.role === "owner") ?? people[0];
  const owner = actors.get(ownerPerson.email) as SessionUser;
  const org = await organizations.createOrganization(ctx, owner, profile, { fictional, jobTitle: ownerPerson.jobTitle });
  // Demo colleagues join directly: invitations would fill the outbox with mail to invented people.
  for (const person of people.filter((p) => p !== ownerPerson)) {
    await members.addMember(ctx, org.id, (actors.get(person.email) as SessionUser).id, person.role, person.jobTitle);
  }
  return { id: org.id, owner };
}
