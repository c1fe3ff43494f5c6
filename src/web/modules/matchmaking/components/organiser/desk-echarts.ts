// The table-load chart draws the number of tables across its bars; the dashboard does not need that piece.
import { MarkLineComponent } from "echarts/components";
import { echarts } from "../../../../ui/echarts";

echarts.use([MarkLineComponent]);
