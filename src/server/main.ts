import { buildApp } from "./app";
import { CommandUsageError } from "./cli/command-flags";
import { runScheduleCommand, SCHEDULE_USAGE, ScheduleUsageError } from "./cli/schedule-command";
import { runTradeCommand } from "./cli/trade-command";
import { seedDemo } from "./flows/seed-demo";
import { sendDueReminders } from "./modules/cooperation";
import { loadConfig } from "./platform/config";
import { openDatabase } from "./platform/db";
import { failInterruptedJobs } from "./platform/jobs.repository";
import { repeatEvery } from "./platform/periodic";
import { ensureWebBuild } from "./platform/web-build";

const USAGE = `Usage: hamkori <command>

Commands:
  serve     migrate the database, load the demo forum in demo mode, and serve the app (default)
  migrate   apply database migrations and exit
  seed      load the demo forum into an empty database and exit
  schedule  schedule a business forum's meetings from a .dzn file (hamkori schedule --help)
  trade     import, export and analyse trade statistics (hamkori trade --help)
  help      show this text

Configuration is read from environment variables; see README.md.`;

async function main(argv: string[]) {
  const [command = "serve", ...rest] = argv;
  if (rest.length > 0 && command !== "schedule" && command !== "trade") throw new UsageError(`Unexpected argument "${rest[0]}" for "${command}".`);
  switch (command) {
    case "schedule":
      return runScheduleCommand(rest);
    case "trade":
      process.exitCode = await runTradeCommand(rest);
      return;
    case "serve":
      return serve();
    case "migrate":
      return migrate();
    case "seed":
      return seed();
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

class UsageError extends Error {}

async function migrate() {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  console.log(`Migrations applied (${database.kind}).`);
  await database.close();
}

async function seed() {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const { app, ctx } = await buildApp({ ...config, demo: true }, { database, logger: false });
  const report = await seedDemo(ctx, (line, done, total) => console.log(total === 0 ? line : `${done}/${total} ${line}`));
  console.log(
    report.skipped
      ? "The database already has users; the demo forum was not loaded."
      : `Demo forum loaded: ${report.organizations} organisations, ${report.products} products, ${report.users} accounts.`,
  );
  await app.close();
  await database.close();
}

async function serve() {
  const config = loadConfig();
  await ensureWebBuild((line) => console.log(line));
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  await failInterruptedJobs(database.db);
  const { app, ctx } = await buildApp(config, { database });
  if (config.demo) {
    // Loading takes a while on first start; say how far it got, without a line per company.
    const report = await seedDemo(ctx, (line, done, total) => {
      if (total === 0) app.log.info(line);
      else if (done === 1 || done % 10 === 0 || done === total) app.log.info(`Loading the demo forum: ${done}/${total} organisations (${line})`);
    });
    if (!report.skipped) app.log.info(`Demo forum loaded: ${report.organizations} organisations, ${report.products} products`);
    app.log.warn(
      "Demo mode: demo accounts with the published password hamkori-demo can sign in (one is a platform administrator). Set HAMKORI_DEMO=0 before letting anyone else reach this server.",
    );
  }
  // Owners of commitments hear about them before they fall due and while overdue; the round is
  // hourly, and each commitment is written about at most once a week.
  const stopReminders = repeatEvery(
    60 * 60_000,
    () => sendDueReminders(ctx),
    (error) => app.log.error({ err: error }, "Commitment reminders failed"),
  );
  const close = async () => {
    stopReminders();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Hamkori ${ctx.version} on ${database.kind}${config.demo ? " (demo mode)" : ""}: ${config.publicUrl}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof CommandUsageError) {
    console.error(`${error.message}\n\n${error.usage}`);
    process.exit(2);
  }
  if (error instanceof ScheduleUsageError) {
    console.error(`${error.message}\n\n${SCHEDULE_USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
