/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from "virtual:pwa-register";
import "./app/main";
import { whenSigningOut } from "./modules/account/session";
import { forgetCheckInData } from "./modules/exhibitions/offline/idb-store";

// The service worker keeps the app shell so the check-in page opens with no network at the door.
if ("serviceWorker" in navigator) registerSW({ immediate: true });

// A shared door device must not keep visitors' names after its user signs out.
whenSigningOut(forgetCheckInData);
