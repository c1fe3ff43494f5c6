/**
 * Value chains: which stages of raw material → finished product each of two jurisdictions has
 * (trade, companies, offers and requests), and where a joint enterprise between them makes sense.
 * Pure: no I/O, nothing imported from the rest of the project.
 */
export { findOpportunities, type OpportunityInput, scoreOpportunity, stageKey } from "./find-opportunities";
export { stageIncludes, stageRca, stageValue, upstreamOf } from "./stage-facts";
export type { Chain, ChainStage, Opportunity, OpportunityKind, Side, SideFacts, StageFacts, ValuesByProduct } from "./types";
