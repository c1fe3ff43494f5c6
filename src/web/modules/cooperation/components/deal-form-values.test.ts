import { describe, expect, it } from "vitest";
import { type DealFormValues, formFieldOf, toDealInput } from "./deal-form-values";

const blank: DealFormValues = {
  kind: "joint_venture",
  title: " Silk yarn ",
  description: "",
  myOrganization: "reeler",
  partner1: "atelier",
  partner2: null,
  sharedWith: null,
  stage: "lead",
  value: 148000000,
  currency: "rub",
  usdRate: 0.0108,
  rateDate: "2025-04-10",
  hsCodes: "5004, 5005.00;500600",
  location: "Khujand",
  jurisdiction: "tj-su",
  yearlyCapacity: "",
  investmentUsd: "",
  jobs: 240,
  startDate: "",
  origin: { type: "opportunity", ref: "process-inputs:silk:silk-yarn:a" },
};

describe("the new-deal form", () => {
  it("turns what people typed into the API's deal", () => {
    expect(toDealInput(blank, "en")).toMatchObject({
      title: { en: "Silk yarn" },
      parties: ["reeler", "atelier"],
      currency: "RUB",
      hsCodes: ["5004", "500500", "500600"],
      facility: { location: "Khujand", jurisdiction: "TJ-SU", yearlyCapacity: null, investmentUsd: null, jobs: 240, startDate: null },
      origin: { type: "opportunity", ref: "process-inputs:silk:silk-yarn:a" },
    });
  });

  it("drops the rate for dollars and the facility for anything but a joint venture", () => {
    const sale = toDealInput({ ...blank, kind: "sale", currency: "USD", partner1: "reeler" }, "ru");
    expect(sale).toMatchObject({ usdRate: null, rateDate: null, facility: null, parties: ["reeler"], title: { ru: "Silk yarn" } });
    expect(toDealInput({ ...blank, value: "" }, "en")).toMatchObject({ value: null, currency: null, usdRate: null });
  });

  it("puts the server's field errors beside the right inputs", () => {
    expect(["parties.0", "parties", "parties.2", "sharedWith.0", "hsCodes.1", "facility.jobs", "facility", "usdRate"].map(formFieldOf)).toEqual([
      "myOrganization",
      "partner1",
      "partner2",
      "sharedWith",
      "hsCodes",
      "jobs",
      "location",
      "usdRate",
    ]);
  });
});
