import { z } from "zod";
import { zLocalizedText } from "../common";

export const ZValueChainStage = z.object({
  id: z.string(),
  name: zLocalizedText(200),
  /** HS 2022 codes of the stage (chapters, headings or subheadings). */
  hs: z.array(z.string()),
  /** Stages whose output this stage uses. */
  inputs: z.array(z.string()),
  /** What the codes are, from the HS 2022 nomenclature. */
  note: z.string(),
});

export const ZValueChain = z.object({
  id: z.string(),
  name: zLocalizedText(200),
  /** Where the stages and their codes come from. */
  source: z.string(),
  stages: z.array(ZValueChainStage),
});

export const ZValueChains = z.object({ items: z.array(ZValueChain) });

export type TValueChain = z.infer<typeof ZValueChain>;
