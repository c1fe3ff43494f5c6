// Renders src/web/public/og-default.png (1200×630), the picture shown when a page without its own image is shared.
import { chromium } from "playwright-core";

const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1200, height: 630 } });
await p.setContent(`<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px 90px;position:relative;overflow:hidden;
  background:linear-gradient(135deg,#00675b 0%,#0e8677 55%,#2fa191 100%);font-family:'DejaVu Sans',sans-serif;color:white">
  <svg width="620" height="620" viewBox="0 0 64 64" style="position:absolute;right:-120px;top:10px;opacity:.12">
    <circle cx="25" cy="32" r="12" fill="none" stroke="#fff" stroke-width="5"/><circle cx="39" cy="32" r="12" fill="none" stroke="#ffba38" stroke-width="5"/>
  </svg>
  <div style="display:flex;align-items:center;gap:28px">
    <svg width="120" height="120" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#ffffff"/>
      <circle cx="25" cy="32" r="12" fill="none" stroke="#0e8677" stroke-width="5"/><circle cx="39" cy="32" r="12" fill="none" stroke="#ffab09" stroke-width="5"/>
      <path d="M29 20.7 A12 12 0 0 1 37 32" fill="none" stroke="#0e8677" stroke-width="5"/></svg>
    <div style="font-size:96px;font-weight:bold;letter-spacing:-2px">Hamkori</div>
  </div>
  <div style="margin-top:56px;font-size:44px;line-height:1.25;max-width:900px;font-weight:bold">Cross-border industrial cooperation</div>
  <div style="margin-top:18px;font-size:30px;line-height:1.4;max-width:880px;color:#d2ebe7">Companies, products and partners from Tajikistan, Kyrgyzstan, Tatarstan and beyond</div>
  <div style="position:absolute;left:90px;bottom:64px;font-size:28px;color:#ffca64;letter-spacing:1px">ҳамкорӣ · сотрудничество · кызматташтык</div>
</div></body></html>`);
await p.screenshot({ path: "src/web/public/og-default.png" });
await b.close();
