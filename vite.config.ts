import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

// The web app lives in src/web and is built into dist/web, which the server serves.
export default defineConfig({
  root: path.resolve(import.meta.dirname, "src/web"),
  plugins: [
    react(),
    // Door staff install the check-in page and keep scanning when the venue network drops: the
    // service worker keeps the app itself; the page keeps the badge list and scans in IndexedDB.
    VitePWA({
      registerType: "autoUpdate",
      // Registered from main.tsx, so no inline script is needed under the CSP.
      injectRegister: false,
      includeAssets: ["favicon.svg", "apple-touch-icon.png"],
      manifest: {
        name: "Hamkori",
        short_name: "Hamkori",
        description: "Exhibitions, check-in and industrial cooperation",
        // The door page of the last forum this device served (see CheckInStartPage): it opens offline.
        start_url: "/check-in",
        scope: "/",
        display: "standalone",
        orientation: "portrait",
        background_color: "#ffffff",
        theme_color: "#0e8677",
        icons: [
          { src: "/pwa-192.png", sizes: "192x192", type: "image/png" },
          { src: "/pwa-512.png", sizes: "512x512", type: "image/png" },
          { src: "/pwa-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,woff2}"],
        // The link-preview picture is for other sites' crawlers, never shown in the app.
        globIgnores: ["og-default.png"],
        // Charts make one chunk larger than Workbox's 2 MiB default; without it offline pages would miss code.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: "/index.html",
        // API answers are never cached here: the check-in page keeps its own data in IndexedDB,
        // and everything else must be fresh or fail visibly.
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: { outDir: path.resolve(import.meta.dirname, "dist/web"), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // Only the server's paths: src/web/api holds the app's own modules, which Vite must serve.
  server: { proxy: { "^/api/(v1|auth|docs|openapi\\.json|health)": "http://localhost:3000" } },
});
