/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from "virtual:pwa-register";
import "./app/main";

// The service worker keeps the app shell so the check-in page opens with no network at the door.
if ("serviceWorker" in navigator) registerSW({ immediate: true });
