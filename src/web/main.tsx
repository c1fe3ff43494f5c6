/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from "virtual:pwa-register";
import "./app/main";
import { whenSigningOut } from "./modules/account/session";
import { forgetCheckInData } from "./modules/exhibitions/offline/idb-store";

// The service worker keeps the app shell so the check-in page opens with no network at the door.
if ("serviceWorker" in navigator) {
  registerSW({ immediate: true });
  claimThisPage();
}

/**
 * A page that was loading while the worker activated is not claimed by it (the browser claims only
 * pages that existed), so it would not reopen offline. Such a page reloads once to be served by it.
 */
function claimThisPage() {
  const RELOADED = "hamkori.sw-reloaded";
  void navigator.serviceWorker.ready.then(() => {
    if (navigator.serviceWorker.controller) return;
    const timer = setTimeout(() => {
      if (navigator.serviceWorker.controller || sessionStorage.getItem(RELOADED)) return;
      sessionStorage.setItem(RELOADED, "1");
      location.reload();
    }, 3000);
    navigator.serviceWorker.addEventListener("controllerchange", () => clearTimeout(timer), { once: true });
  });
}

// A shared door device must not keep visitors' names after its user signs out.
whenSigningOut(forgetCheckInData);
