/**
 * Just enough of an iCalendar reader to check what the agenda feed writes: unfolds lines,
 * splits name, parameters and value, unescapes TEXT, groups VEVENTs and VTIMEZONE parts.
 */
export type IcsProperty = { params: Record<string, string>; value: string };
export type IcsTimeZone = { tzid: string; components: { kind: string; dtstart: string; from: string; to: string }[] };

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));

function readProperty(line: string): [string, IcsProperty] {
  const colon = line.indexOf(":");
  const [name, ...params] = line.slice(0, colon).split(";");
  return [name, { params: Object.fromEntries(params.map((p) => p.split("=") as [string, string])), value: unescapeText(line.slice(colon + 1)) }];
}

export function parseCalendar(text: string) {
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  const events: Map<string, IcsProperty>[] = [];
  const timeZones: IcsTimeZone[] = [];
  const stack: string[] = [];
  let event: Map<string, IcsProperty> | undefined;
  let component: IcsTimeZone["components"][number] | undefined;
  for (const line of lines) {
    const [name, property] = readProperty(line);
    if (name === "BEGIN") {
      stack.push(property.value);
      if (property.value === "VEVENT") event = new Map();
      if (property.value === "VTIMEZONE") timeZones.push({ tzid: "", components: [] });
      if (property.value === "STANDARD" || property.value === "DAYLIGHT") component = { kind: property.value, dtstart: "", from: "", to: "" };
      continue;
    }
    if (name === "END") {
      if (stack.pop() !== property.value) throw new Error(`END:${property.value} does not close what was opened`);
      if (property.value === "VEVENT" && event) events.push(event);
      if ((property.value === "STANDARD" || property.value === "DAYLIGHT") && component) timeZones.at(-1)?.components.push(component);
      continue;
    }
    if (stack.at(-1) === "VEVENT") event?.set(name, property);
    else if (stack.at(-1) === "VTIMEZONE" && name === "TZID") timeZones.at(-1)!.tzid = property.value;
    else if (component && (stack.at(-1) === "STANDARD" || stack.at(-1) === "DAYLIGHT")) {
      if (name === "DTSTART") component.dtstart = property.value;
      if (name === "TZOFFSETFROM") component.from = property.value;
      if (name === "TZOFFSETTO") component.to = property.value;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(", ")}`);
  return { events, timeZones, lines };
}
