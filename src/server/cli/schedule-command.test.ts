import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScheduleCommand, ScheduleUsageError } from "./schedule-command";

const instance = path.resolve(import.meta.dirname, "../../../data/b2b-scheduling/tic-12.original.dzn");

describe("hamkori schedule", () => {
  it("names the flag that is wrong", async () => {
    const cases: [string[], string][] = [
      [[], "Option --dzn FILE is required."],
      [["--dzn"], "Option --dzn needs a value."],
      [["--dzn", instance, "--fairness", "-1"], 'Option --fairness should be a whole number of breaks, 0 or more, got "-1".'],
      [["--dzn", instance, "--time-limit", "soon"], 'Option --time-limit should be a number of seconds above 0, got "soon".'],
      [["--dzn", instance, "--speed", "9"], 'Unknown option "--speed" for "schedule".'],
      [["--dzn", instance, "--dzn", instance], "Option --dzn is given twice."],
    ];
    for (const [args, message] of cases) {
      const error = await runScheduleCommand(args).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScheduleUsageError);
      expect((error as Error).message).toBe(message);
    }
  });

  it("says which file is missing or broken", async () => {
    await expect(runScheduleCommand(["--dzn", "/nonexistent/forum.dzn"])).rejects.toThrow("No such file: /nonexistent/forum.dzn");
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-")), "broken.dzn");
    fs.writeFileSync(broken, "nBusiness = 2;\nnMeetings = x;\n");
    await expect(runScheduleCommand(["--dzn", broken])).rejects.toThrow(/broken\.dzn: Expected a whole number at line 2/);
  });

  it("writes the schedule as JSON with 1-based slots", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hamkori-")), "schedule.json");
    await runScheduleCommand(["--dzn", instance, "--time-limit", "30", "--out", out]);
    const result = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(result.slots).toHaveLength(125);
    expect(Math.min(...result.slots)).toBe(1);
    expect(Math.max(...result.slots)).toBe(8);
    expect(result).toMatchObject({ breaks: 0, spread: 0, provenOptimal: true });
    expect(typeof result.seconds).toBe("number");
  });

  it("exits with code 2 and the usage on a bad flag", { timeout: 30_000 }, () => {
    const bin = path.resolve(import.meta.dirname, "../../../bin/hamkori.mjs");
    const result = spawnSync(process.execPath, [bin, "schedule", "--dzn", instance, "--fairness", "two"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Option --fairness should be a whole number of breaks, 0 or more, got "two".');
    expect(result.stderr).toContain("Usage: hamkori schedule --dzn FILE");
  });
});
