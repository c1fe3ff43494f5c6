import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const bin = path.resolve(import.meta.dirname, "../../bin/hamkori.mjs");
const hamkori = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, HAMKORI_DATA_DIR: "/nonexistent-never-used" } });

// Each case starts a Node process that compiles the CLI: seconds on a busy machine.
describe("the hamkori command", { timeout: 30_000 }, () => {
  it("lists its commands", () => {
    const result = hamkori("help");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/serve[\s\S]*migrate[\s\S]*seed/);
  });

  it("refuses an unknown command with usage and exit code 2", () => {
    const result = hamkori("serv");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command "serv"');
    expect(result.stderr).toContain("Usage: hamkori");
  });

  it("refuses extra arguments", () => {
    const result = hamkori("migrate", "--force");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unexpected argument "--force"');
  });

  it("names a wrong configuration variable", () => {
    const result = spawnSync(process.execPath, [bin, "migrate"], { encoding: "utf8", env: { ...process.env, PORT: "abc" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Configuration error in PORT");
  });
});
