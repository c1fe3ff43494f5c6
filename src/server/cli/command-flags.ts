/** A mistake on the command line: main prints it with the command's usage and exits with code 2. */
export class CommandUsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

export type FlagSpec = { command: string; usage: string; values: string[]; switches?: string[]; positional?: boolean };
export type ParsedFlags = { values: Map<string, string>; switches: Set<string>; positional: string[] };

/** Reads `--flag value` pairs, bare `--switch`es and (where allowed) file names, refusing anything else. */
export function parseFlags(args: string[], spec: FlagSpec): ParsedFlags {
  const fail = (message: string) => new CommandUsageError(message, spec.usage);
  const parsed: ParsedFlags = { values: new Map(), switches: new Set(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (spec.switches?.includes(arg)) parsed.switches.add(arg);
    else if (spec.values.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--")) throw fail(`Option ${arg} needs a value.`);
      if (parsed.values.has(arg)) throw fail(`Option ${arg} is given twice.`);
      parsed.values.set(arg, value);
      i++;
    } else if (arg.startsWith("-") && arg !== "-") throw fail(`Unknown option "${arg}" for "${spec.command}".`);
    else if (spec.positional) parsed.positional.push(arg);
    else throw fail(`Unexpected argument "${arg}" for "${spec.command}".`);
  }
  return parsed;
}

/** A numeric flag's value, checked, or the fallback when the flag is absent. */
export function numberFlag(flags: ParsedFlags, spec: FlagSpec, flag: string, fallback: number, check: (n: number) => boolean, what: string): number {
  const text = flags.values.get(flag);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || !check(n)) throw new CommandUsageError(`Option ${flag} should be ${what}, got "${text}".`, spec.usage);
  return n;
}
