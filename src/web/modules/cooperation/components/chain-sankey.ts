import type { TStageFigures, TValueChain } from "../../../../contracts/cooperation";
import type { ChartOption } from "../../../ui/EChart";

/** Who has a stage: both sides export it with an advantage, one of them does, only companies are there, or nobody. */
export type Coverage = "both" | "a" | "b" | "companies" | "none";

export const COVERAGE_COLOURS: Record<Coverage, string> = { both: "#7048e8", a: "#1c7ed6", b: "#0ca678", companies: "#f59f00", none: "#adb5bd" };

const exportsWithAdvantage = (f: TStageFigures) => f.exports > 0 && (f.rca ?? 0) >= 1;

export function stageCoverage(a: TStageFigures, b: TStageFigures): Coverage {
  if (exportsWithAdvantage(a) && exportsWithAdvantage(b)) return "both";
  if (exportsWithAdvantage(a)) return "a";
  if (exportsWithAdvantage(b)) return "b";
  return a.makers + a.offers + b.makers + b.offers > 0 ? "companies" : "none";
}

type StageView = { name: string; coverage: Coverage; tooltip: string };

/**
 * A chain as a Sankey diagram: a node per stage coloured by who has it, a band from each input to
 * the stage that uses it. Stages that neither feed nor use another are still drawn, as lone nodes.
 */
export function chainSankeyOption(chain: TValueChain, stageView: (stageId: string) => StageView): ChartOption {
  const views = new Map(chain.stages.map((stage) => [stage.id, stageView(stage.id)]));
  const name = (id: string) => views.get(id)?.name ?? id;
  return {
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const p = params as { dataType?: string; name?: string; data?: { tooltip?: string } };
        return p.dataType === "node" ? (p.data?.tooltip ?? p.name ?? "") : (p.name ?? "").replace(">", "→");
      },
    },
    series: [
      {
        type: "sankey",
        left: 8,
        right: 140,
        top: 16,
        bottom: 16,
        nodeGap: 14,
        draggable: false,
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", opacity: 0.35 },
        label: { fontSize: 12, overflow: "break", width: 130, lineHeight: 15 },
        data: chain.stages.map((stage) => {
          const view = views.get(stage.id) as StageView;
          return { name: view.name, tooltip: view.tooltip, itemStyle: { color: COVERAGE_COLOURS[view.coverage] } };
        }),
        links: chain.stages.flatMap((stage) => stage.inputs.map((input) => ({ source: name(input), target: name(stage.id), value: 1 }))),
      },
    ],
  };
}
