/**
 * A small, tolerant XML tag scanner for SVG files from any editor. The server has no DOM, and an
 * SVG floor plan needs only elements, attributes and text: no namespaces, no entities beyond the
 * five predefined ones and character references. Unclosed tags are closed at the end; a stray
 * closing tag closes up to its opening tag or is ignored.
 */
export type SvgElement = {
  /** Local name in lower case: "svg:rect" and "RECT" are both "rect". */
  name: string;
  attributes: Record<string, string>;
  children: SvgElement[];
  parent: SvgElement | null;
  /** Text directly inside this element (not its children's), entities decoded. */
  text: string;
  line: number;
};

// Editors nest a handful of groups; thousands of levels are an attack on the stack, not a floor plan.
const MAX_DEPTH = 100;

export class SvgTooDeepError extends Error {
  constructor(readonly line: number) {
    super(`Elements are nested more than ${MAX_DEPTH} levels deep (line ${line})`);
  }
}

const depthOf = (element: SvgElement): number => {
  let depth = 0;
  for (let e = element.parent; e; e = e.parent) depth++;
  return depth;
};

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export const decodeEntities = (raw: string): string =>
  raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#")) {
      const code = entity.startsWith("#x") ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity] ?? whole;
  });

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(":") + 1).toLowerCase();

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const parseAttributes = (source: string): Record<string, string> => {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    attributes[match[1].toLowerCase()] = decodeEntities(value);
  }
  return attributes;
};

/** Parses `text` into a synthetic root whose children are the top-level elements. */
export const scanSvg = (text: string): SvgElement => {
  const root: SvgElement = { name: "#document", attributes: {}, children: [], parent: null, text: "", line: 1 };
  let current = root;
  let at = 0;
  let line = 1;
  const advanceTo = (next: number): void => {
    for (let i = at; i < next; i++) if (text.charCodeAt(i) === 10) line++;
    at = next;
  };
  while (at < text.length) {
    const open = text.indexOf("<", at);
    if (open < 0) {
      current.text += decodeEntities(text.slice(at));
      break;
    }
    current.text += decodeEntities(text.slice(at, open));
    advanceTo(open);
    if (text.startsWith("<!--", at)) {
      const end = text.indexOf("-->", at + 4);
      advanceTo(end < 0 ? text.length : end + 3);
    } else if (text.startsWith("<![CDATA[", at)) {
      const end = text.indexOf("]]>", at + 9);
      current.text += text.slice(at + 9, end < 0 ? text.length : end);
      advanceTo(end < 0 ? text.length : end + 3);
    } else if (text.startsWith("<?", at) || text.startsWith("<!", at)) {
      const end = text.indexOf(">", at);
      advanceTo(end < 0 ? text.length : end + 1);
    } else if (text.startsWith("</", at)) {
      const end = text.indexOf(">", at);
      const name = localName(text.slice(at + 2, end < 0 ? text.length : end).trim());
      let closing: SvgElement | null = current;
      while (closing && closing.name !== name) closing = closing.parent;
      if (closing?.parent) current = closing.parent;
      advanceTo(end < 0 ? text.length : end + 1);
    } else {
      const end = findTagEnd(text, at);
      const body = text.slice(at + 1, end);
      const selfClosing = body.endsWith("/");
      const nameMatch = /^[^\s/>]+/.exec(body);
      const element: SvgElement = {
        name: localName(nameMatch?.[0] ?? ""),
        attributes: parseAttributes(body.slice(nameMatch?.[0].length ?? 0, selfClosing ? -1 : undefined)),
        children: [],
        parent: current,
        text: "",
        line,
      };
      current.children.push(element);
      if (!selfClosing) {
        current = element;
        if (depthOf(current) > MAX_DEPTH) throw new SvgTooDeepError(line);
      }
      advanceTo(Math.min(end + 1, text.length));
    }
  }
  return root;
};

/** The ">" that ends the tag starting at `start`, skipping any ">" inside quoted attribute values. */
const findTagEnd = (text: string, start: number): number => {
  let quote = "";
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  return text.length;
};

/** Every element below `root`, in document order. */
export const listSvgElements = (root: SvgElement): SvgElement[] => {
  const found: SvgElement[] = [];
  const stack = [...root.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]);
  }
  return found;
};
