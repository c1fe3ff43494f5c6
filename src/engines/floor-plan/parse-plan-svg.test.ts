import { describe, expect, it } from "vitest";
import { parsePlanSvg } from "./parse-plan-svg";

const drawing = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" data-metres-per-unit="0.1">
  <!-- <rect data-number="GHOST" x="0" y="0" width="10" height="10"/> is a comment, not a booth -->
  <rect data-role="hall" x="0" y="0" width="600" height="400" fill="#eee"/>
  <rect data-number="A1" x="20" y="20" width="30" height="30" data-price="1200" data-currency="usd" data-type="corner"/>
  <rect id="A2" x="50" y="20" width="30" height="30"/>
  <g transform="translate(100, 200)" data-pavilion="Tajikistan">
    <rect id="rect1234" x="0" y="0" width="40" height="30"/>
    <text x="5" y="20"><tspan>B7</tspan><tspan x="5" y="28">Talco &amp; Co</tspan></text>
    <rect transform="translate(40)" x="0" y="0" width="40" height="30" data-number="B8"/>
  </g>
  <rect data-role="obstacle" x="300" y="300" width="10" height="10"/>
  <circle data-role="entrance" cx="300" cy="400" r="8"/>
  <circle cx="500" cy="100" r="5" fill="red"/>
</svg>`;

describe("parsePlanSvg", () => {
  it("reads booths, numbers, translations, obstacles and entrances", () => {
    const { plan, problems } = parsePlanSvg(drawing);
    expect(problems).toEqual([]);
    expect(plan).toEqual({
      width: 60,
      height: 40,
      entrances: [{ x: 30, y: 40 }],
      booths: [
        { number: "A1", x: 2, y: 2, width: 3, height: 3, type: "corner", price: 1200, currency: "USD" },
        { number: "A2", x: 5, y: 2, width: 3, height: 3 },
        { number: "B7", x: 10, y: 20, width: 4, height: 3, pavilion: "Tajikistan" },
        { number: "B8", x: 14, y: 20, width: 4, height: 3, pavilion: "Tajikistan" },
      ],
      obstacles: [{ x: 30, y: 30, width: 1, height: 1 }],
    });
  });

  it("takes the largest rect around everything as the hall outline and measures from its corner", () => {
    const svg = `<svg width="640" height="440">
      <rect x="20" y="20" width="600" height="400" id="background"/>
      <rect x="30" y="30" width="3" height="3" id="K1"/>
      <ellipse data-role="entrance" cx="20" cy="220" rx="3" ry="3"/>
    </svg>`;
    const { plan, problems } = parsePlanSvg(svg);
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({ width: 600, height: 400, entrances: [{ x: 0, y: 200 }], booths: [{ number: "K1", x: 10, y: 10 }] });
  });

  it("reports a rotation it cannot honour, naming the line", () => {
    const svg = `<svg viewBox="0 0 100 100">\n<circle data-role="entrance" cx="0" cy="50" r="1"/>\n<rect data-number="R1" x="10" y="10" width="3" height="3" transform="rotate(45)"/>\n<rect data-number="R2" x="40" y="10" width="3" height="3"/>\n</svg>`;
    const { plan, problems } = parsePlanSvg(svg);
    expect(plan).toBeNull();
    expect(problems).toEqual([{ path: "line 3", message: expect.stringContaining('<rect data-number="R1"> uses transform "rotate(45)"') }]);
  });

  it("skips a rotated caption but reports a rotated group of booths, and honours scale", () => {
    const head = '<svg viewBox="0 0 100 100"><circle data-role="entrance" cx="0" cy="50" r="1"/>';
    const caption = '<text x="50" y="50" transform="rotate(90)">Main stage</text>';
    const scaled = '<g transform="scale(2) translate(5, 5)"><rect id="S1" x="0" y="0" width="3" height="2"/></g>';
    const ok = parsePlanSvg(`${head}${caption}${scaled}</svg>`);
    expect(ok.problems).toEqual([]);
    expect(ok.plan?.booths).toEqual([{ number: "S1", x: 10, y: 10, width: 6, height: 4 }]);
    const rotated = parsePlanSvg(
      `${head}\n<g transform="translate(5) rotate(30)">\n<rect id="G1" width="3" height="3"/><rect id="G2" x="5" width="3" height="3"/></g></svg>`,
    );
    expect(rotated.problems).toEqual([{ path: "line 2", message: expect.stringContaining('<g> uses transform "rotate(30)"') }]);
  });

  it("treats an unnumbered rect around labelled booths as a pavilion frame, not a booth", () => {
    const svg = `<svg viewBox="0 0 100 100"><circle data-role="entrance" cx="0" cy="50" r="1"/>
      <rect x="10" y="10" width="30" height="20"/><text x="30" y="25">Uzbekistan</text>
      <rect x="12" y="12" width="5" height="5"/><text x="13" y="15">F1</text>
      <rect x="20" y="12" width="5" height="5"/><text x="21" y="15">F2</text></svg>`;
    expect(parsePlanSvg(svg).plan?.booths.map((b) => b.number)).toEqual(["F1", "F2"]);
  });

  it("reports overlapping booths with the line of the drawing", () => {
    const svg = `<svg viewBox="0 0 100 100">\n<circle data-role="entrance" cx="0" cy="50" r="1"/>\n<rect id="P1" x="10" y="10" width="5" height="5"/>\n<rect id="P2" x="12" y="12" width="5" height="5"/>\n</svg>`;
    const { problems } = parsePlanSvg(svg);
    expect(problems).toEqual([{ path: "booths[1]", message: "Line 4: Booths P1 and P2 overlap by 3 m × 3 m" }]);
  });

  it("refuses DOCTYPE and ENTITY declarations", () => {
    const svg = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg viewBox="0 0 10 10"><text>&xxe;</text></svg>`;
    const { plan, problems } = parsePlanSvg(svg);
    expect(plan).toBeNull();
    expect(problems).toEqual([{ path: "", message: expect.stringContaining("<!DOCTYPE> or <!ENTITY>") }]);
  });

  it("refuses files over 2 MB", () => {
    const svg = `<svg viewBox="0 0 10 10"><!--${"x".repeat(2 * 1024 * 1024)}--></svg>`;
    expect(parsePlanSvg(svg).problems[0].message).toContain("larger than 2 MB");
  });

  it("explains input that is not an SVG plan", () => {
    expect(parsePlanSvg("hello").problems).toEqual([{ path: "", message: "No <svg> element found; is this an SVG file?" }]);
    const empty = parsePlanSvg('<svg viewBox="0 0 10 10"><circle data-role="entrance" cx="0" cy="5" r="1"/></svg>');
    expect(empty.problems.map((p) => p.path)).toEqual(["booths"]);
    expect(parsePlanSvg(`<svg>${"<g>".repeat(500)}</svg>`).problems[0].message).toContain("nested more than");
  });

  it("names bad booth attributes", () => {
    const svg = `<svg viewBox="0 0 100 100"><circle data-role="entrance" cx="0" cy="50" r="1"/><rect id="Q1" x="10" y="10" width="3" height="3" data-price="cheap" data-type="round"/></svg>`;
    expect(parsePlanSvg(svg).problems.map((p) => p.path)).toEqual(["booths[0].type", "booths[0].price"]);
  });
});
