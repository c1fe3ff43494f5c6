import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../../platform/config";

/** Reads a JSON file shipped in the project's data/ folder. */
export function readDataFile<T>(relativePath: string): T {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, "data", relativePath), "utf8")) as T;
}
