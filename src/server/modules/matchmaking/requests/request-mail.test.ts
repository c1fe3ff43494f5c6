import { describe, expect, it } from "vitest";
import { requestMail } from "./request-mail";

const base = {
  forumName: { en: "Joint Industrial Exhibition", tg: "Намоишгоҳи муштараки саноатӣ" },
  counterpartName: { en: "Kazan Textiles", ru: "Казанский текстиль" },
  message: null,
  reason: null,
  startsAt: null,
  timeZone: "Asia/Dushanbe",
  link: "https://hamkori.example/forums/f1/meetings/requests",
};

describe("requestMail", () => {
  it("writes in the reader's language, naming the other side in it when it can", () => {
    expect(requestMail({ ...base, language: "ru", event: "requested" }).subject).toBe("Запрос на встречу от Казанский текстиль");
    expect(requestMail({ ...base, language: "tg", event: "accepted" }).subject).toBe("Kazan Textiles вохӯриро қабул кард");
    expect(requestMail({ ...base, language: "tg", event: "accepted" }).text).toContain("Намоишгоҳи муштараки саноатӣ");
    expect(requestMail({ ...base, language: "ky", event: "declined" }).subject).toBe("Kazan Textiles жолугушуудан баш тартты");
  });

  it("gives the time on the venue's clock and the reason when there is one", () => {
    const mail = requestMail({ ...base, language: "en", event: "proposed", startsAt: new Date("2031-07-09T09:30:00Z"), reason: null, message: "After lunch?" });
    expect(mail.subject).toBe("Kazan Textiles proposed a time for your meeting");
    expect(mail.text).toContain("9 July 2031 at 14:30 (Asia/Dushanbe)");
    expect(mail.text).toContain("After lunch?");
    expect(requestMail({ ...base, language: "en", event: "declined", reason: "Fully booked" }).text).toContain("Reason:\nFully booked");
  });
});
