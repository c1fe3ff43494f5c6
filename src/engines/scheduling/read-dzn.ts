// A reader for the small part of MiniZinc's data language that meeting-scheduling instances use:
// `name = value;` with integers, sets `{1,2}` or `{}` (also `a..b`), arrays `[…]` and 2-D arrays
// `[| 1, 2 | 3, 4 |]`. Every value keeps the line it started on so errors can point at it.

export type DznValue =
  | { kind: "int"; value: number; line: number }
  | { kind: "set"; items: number[]; line: number }
  | { kind: "array"; items: DznValue[]; line: number }
  | { kind: "matrix"; rows: { values: number[]; line: number }[]; line: number };

type Token = { text: string; line: number };

export function readDzn(text: string): Map<string, DznValue> {
  const tokens = tokenize(text);
  const fields = new Map<string, DznValue>();
  let at = 0;
  const peek = () => tokens[at];
  const fail = (message: string, token = tokens[at]): never => {
    throw new Error(token ? `${message} at line ${token.line}, found "${token.text}"` : `${message} at the end of the file`);
  };
  const expect = (text: string) => {
    if (peek()?.text !== text) fail(`Expected "${text}"`);
    at++;
  };
  const integer = (): number => {
    const token = peek();
    if (!token || !/^-?\d+$/.test(token.text)) return fail("Expected a whole number");
    at++;
    return Number(token.text);
  };

  const readSet = (): DznValue => {
    const line = peek().line;
    expect("{");
    const items: number[] = [];
    while (peek()?.text !== "}") {
      const from = integer();
      if (peek()?.text === "..") {
        at++;
        const to = integer();
        for (let v = from; v <= to; v++) items.push(v);
      } else items.push(from);
      if (peek()?.text === ",") at++;
      else if (peek()?.text !== "}") fail('Expected "," or "}" in a set');
    }
    at++;
    return { kind: "set", items, line };
  };

  const readMatrix = (line: number): DznValue => {
    const rows: { values: number[]; line: number }[] = [];
    let row: { values: number[]; line: number } = { values: [], line: peek()?.line ?? line };
    for (;;) {
      const token = peek();
      if (!token) return fail('Expected "|]"');
      if (token.text === "|]" || token.text === "|") {
        if (row.values.length > 0) rows.push(row);
        at++;
        if (token.text === "|]") return { kind: "matrix", rows, line };
        row = { values: [], line: peek()?.line ?? line };
      } else if (token.text === ",") at++;
      else row.values.push(integer());
    }
  };

  const readValue = (): DznValue => {
    const token = peek();
    if (!token) return fail("Expected a value");
    if (token.text === "{") return readSet();
    if (token.text === "[|") {
      at++;
      return readMatrix(token.line);
    }
    if (token.text === "[") {
      at++;
      const items: DznValue[] = [];
      while (peek()?.text !== "]") {
        items.push(readValue());
        if (peek()?.text === ",") at++;
        else if (peek()?.text !== "]") fail('Expected "," or "]" in an array');
      }
      at++;
      return { kind: "array", items, line: token.line };
    }
    return { kind: "int", value: integer(), line: token.line };
  };

  while (at < tokens.length) {
    const nameToken = peek();
    if (!/^[A-Za-z_]\w*$/.test(nameToken.text)) fail("Expected a field name");
    at++;
    expect("=");
    if (fields.has(nameToken.text)) fail(`Field ${nameToken.text} is given twice`, nameToken);
    fields.set(nameToken.text, readValue());
    expect(";");
  }
  return fields;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\[\||\|\]|\.\.|-?\d+|[A-Za-z_]\w*|[=;,[\]{}|]|\S/g;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i].replace(/%.*/, "");
    for (const match of code.matchAll(pattern)) tokens.push({ text: match[0], line: i + 1 });
  }
  return tokens;
}
