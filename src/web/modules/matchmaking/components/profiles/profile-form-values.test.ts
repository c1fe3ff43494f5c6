import { describe, expect, it } from "vitest";
import { type TProfile, ZProfileInput } from "../../../../../contracts/matchmaking";
import { type ProfileFormValues, toFormValues, toInput, validateProfile } from "./profile-form-values";

const t = (key: string) => key.replace("matchmaking.profileForm.errors.", "");
const values = (patch: Partial<ProfileFormValues> = {}): ProfileFormValues => ({
  ...toFormValues(),
  title: { en: "Raw silk", ru: "", tg: "", ky: "" },
  hsCodes: ["5002"],
  ...patch,
});

describe("validateProfile", () => {
  it("accepts a plain offer", () => {
    expect(validateProfile(values(), t)).toEqual({});
  });

  it("asks for a title in some language", () => {
    expect(validateProfile(values({ title: { en: " ", ru: "", tg: "", ky: "" } }), t)).toEqual({ title: "validation.oneLanguage" });
  });

  it("wants HS codes for offers and requests, a type for partnerships", () => {
    expect(validateProfile(values({ hsCodes: [] }), t)).toEqual({ hsCodes: "hsRequired" });
    expect(validateProfile(values({ kind: "partnership", hsCodes: [] }), t)).toEqual({ partnershipType: "partnershipType" });
    expect(validateProfile(values({ kind: "partnership", partnershipType: "joint_venture", hsCodes: [] }), t)).toEqual({});
  });

  it("checks quantity, dates, lists and markup", () => {
    const errors = validateProfile(
      values({
        quantity: 0,
        validFrom: "2031-07-10",
        validUntil: "2031-07-09",
        languages: ["ru", "tg", "ky", "en", "uz", "kk", "tt", "fa", "zh", "tr", "de"],
        certificates: ["<b>ISO</b>"],
        description: { en: "", ru: "x".repeat(4001), tg: "", ky: "" },
      }),
      t,
    );
    expect(errors).toEqual({
      quantity: "quantity",
      validUntil: "dateOrder",
      languages: "tooMany",
      certificates: "markup",
      "description.ru": "tooLong",
    });
  });
});

describe("toInput", () => {
  it("gives what the contract accepts", () => {
    const input = toInput(
      values({
        kind: "offer",
        partnershipType: "distribution",
        quantity: 12,
        quantityUnit: " t ",
        quantityPeriod: "month",
        certificates: [" ISO 9001 ", ""],
        targetMarkets: ["RU-TA", "KG"],
        languages: ["ru"],
        validFrom: "2031-01-01",
      }),
    );
    expect(input).toMatchObject({
      partnershipType: null,
      title: { en: "Raw silk" },
      quantity: 12,
      quantityUnit: "t",
      quantityPeriod: "month",
      certificates: ["ISO 9001"],
      validFrom: "2031-01-01",
      validUntil: null,
    });
    expect(ZProfileInput.safeParse(input).success).toBe(true);
  });

  it("drops a unit without an amount", () => {
    expect(toInput(values({ quantityUnit: "t", quantityPeriod: "year" }))).toMatchObject({ quantity: null, quantityUnit: null, quantityPeriod: null });
  });

  it("round-trips a stored profile", () => {
    const profile: TProfile = {
      id: "p",
      organization: { id: "o", name: { en: "Silk" }, country: "TJ", region: null },
      kind: "partnership",
      partnershipType: "joint_venture",
      title: { ru: "СП" },
      description: {},
      hsCodes: [],
      quantity: null,
      quantityUnit: null,
      quantityPeriod: null,
      exportReady: true,
      certificates: [],
      targetMarkets: ["RU"],
      languages: ["ru"],
      validFrom: null,
      validUntil: "2032-01-01",
      current: true,
      createdAt: "",
      updatedAt: "",
    };
    const input = toInput(toFormValues(profile));
    expect(input).toMatchObject({ kind: "partnership", partnershipType: "joint_venture", title: { ru: "СП" }, exportReady: true, validUntil: "2032-01-01" });
    expect(ZProfileInput.safeParse(input).success).toBe(true);
  });
});
