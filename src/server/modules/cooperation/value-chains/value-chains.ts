import type { TValueChain } from "../../../../contracts/cooperation";
import { readDataFile } from "../../directory";

let chains: TValueChain[] | undefined;

/** The value chains of data/value-chains.json (checked against HS 2022 by the data's own test). */
export function valueChains(): TValueChain[] {
  chains ??= readDataFile<{ chains: TValueChain[] }>("value-chains.json").chains;
  return chains;
}
