import type { Db } from "../../platform/db";

/** Runs `work` in one transaction, handing it the transaction as the module's Db type. */
export async function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}
