import type { SessionUser } from "../../platform/auth";
import type { AppContext } from "../../platform/context";
import type { Db } from "../../platform/db";
import { findUserByEmail } from "../../platform/users.repository";

/**
 * The context with a database that runs `meanwhile` just before the service's first transaction
 * begins: what another request may do between a service's checks and its writes, made certain.
 */
export function withWorkBeforeTransaction(ctx: AppContext, meanwhile: () => Promise<unknown>): AppContext {
  const db = ctx.database.db;
  let fired = false;
  const hooked = new Proxy(db, {
    get(target, property) {
      if (property === "transaction" && !fired) {
        return async (...args: Parameters<Db["transaction"]>) => {
          fired = true;
          await meanwhile();
          return target.transaction(...args);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { ...ctx, database: { ...ctx.database, db: hooked } };
}

/** The signed-up user as services receive them. */
export async function sessionUserOf(ctx: AppContext, email: string): Promise<SessionUser> {
  const row = await findUserByEmail(ctx.database.db, email);
  return { id: row.id, name: row.name, email: row.email, emailVerified: row.emailVerified, platformRole: row.platformRole === "admin" ? "admin" : "user" };
}
