#!/usr/bin/env node
// The `hamkori` command. TypeScript sources run directly through tsx, so there is no build step
// for the server; the web app is built by `npm run build` (done by `npm start` when needed).
import { register } from "tsx/esm/api";

register();
await import("../src/server/main.ts");
