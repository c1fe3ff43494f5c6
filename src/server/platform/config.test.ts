import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("loadConfig", () => {
  it("has defaults that run the embedded database in demo mode", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demo: true, publicUrl: "http://localhost:3000" });
    expect(config.dataDir).toMatch(/var$/);
  });

  it("turns demo mode off on a PostgreSQL server unless asked", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db", HAMKORI_DEMO: "1" }).demo).toBe(true);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
    [{ PUBLIC_URL: "not a url" }, "PUBLIC_URL"],
    [{ HAMKORI_SECRET: "short" }, "HAMKORI_SECRET"],
    [{ HAMKORI_DEMO: "maybe" }, "HAMKORI_DEMO"],
  ])("names the variable that is wrong: %j", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`Configuration error in ${variable}`));
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" })).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it("drops a trailing slash from PUBLIC_URL", () => {
    expect(loadConfig({ PUBLIC_URL: "https://expo.example.org/" }).publicUrl).toBe("https://expo.example.org");
  });
});
