import { registrations } from "../src/server/modules/exhibitions";
import { setUpForum } from "../src/server/testing/expo-fixtures";
import { createTestApp } from "../src/server/testing/test-app";
import { report, round } from "./stats";

const BADGES = 1000;
const NAMES = ["Ҳакимова Мадина Ғафуровна", "Ҷӯраев Қурбонӣ", "Айпери Жумабекова", "Мөлдүр Жумагулова", "Наиля Фаттахова", "Li Wei"];

/**
 * A PDF of 1,000 badges made the way an organiser makes it: a background job started through
 * the API, its progress polled as the page does, the file fetched at the end.
 */
export async function benchBadgeBatch() {
  const t = await createTestApp();
  try {
    const { organiser, forumId } = await setUpForum(t, "badges@bench.example");
    for (let i = 0; i < BADGES; i++) {
      await registrations.insertWithBadgeCode(t.ctx, {
        forumId,
        fullName: `${NAMES[i % NAMES.length]} ${i}`,
        email: `visitor${i}@bench.example`,
        organizationName: "ҶСК «Абрешими Тоҷик»",
        country: i % 2 ? "TJ" : "KG",
        language: "tg",
        category: ["trade_visitor", "buyer", "press", "vip", "delegation"][i % 5],
        source: "organiser",
      });
    }
    const started = performance.now();
    const job = (await t.app.inject({ method: "POST", url: `/api/v1/forums/${forumId}/badges/batch`, headers: { cookie: organiser }, payload: {} })).json();
    const progress = new Set<number>();
    let status = job.status;
    while (status !== "done" && status !== "failed") {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const seen = (await t.app.inject({ url: `/api/v1/jobs/${job.id}`, headers: { cookie: organiser } })).json();
      progress.add(seen.done);
      status = seen.status;
    }
    const file = await t.app.inject({ url: `/api/v1/jobs/${job.id}/result`, headers: { cookie: organiser } });
    const seconds = (performance.now() - started) / 1000;
    report({
      figure: "badge_batch_seconds",
      badges: BADGES,
      value: round(seconds, 2),
      unit: "s",
      status,
      pdfMegabytes: round(file.rawPayload.length / 1024 / 1024, 1),
      progressSteps: progress.size,
    });
  } finally {
    await t.close();
  }
}
