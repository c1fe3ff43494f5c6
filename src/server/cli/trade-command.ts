import { CommandUsageError } from "./command-flags";
import { runTradeComplexityCommand } from "./trade-complexity-command";
import { runTradeExportCommand } from "./trade-export-command";
import { runTradeImportCommand } from "./trade-import-command";

export const TRADE_USAGE = `Usage: hamkori trade <import|export|complexity> …

  import      load BACI, Comtrade, regional or reported-turnover files (hamkori trade import --help)
  export      write an imported dataset as Parquet (hamkori trade export --help)
  complexity  economic complexity of year,origin,hs92,export_val rows (hamkori trade complexity --help)`;

/** Runs a trade subcommand and returns the process exit code. */
export async function runTradeCommand(args: string[]): Promise<number> {
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case "import":
      return runTradeImportCommand(rest);
    case "export":
      return runTradeExportCommand(rest);
    case "complexity":
      return runTradeComplexityCommand(rest);
    case undefined:
    case "--help":
    case "-h":
      console.log(TRADE_USAGE);
      return subcommand ? 0 : 2;
    default:
      throw new CommandUsageError(`Unknown trade command "${subcommand}".`, TRADE_USAGE);
  }
}
