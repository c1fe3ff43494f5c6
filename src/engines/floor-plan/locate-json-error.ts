/**
 * Finds where JSON text stops being valid. Node 20's JSON.parse names a position for some
 * errors and not for others, so the import walks the grammar itself, only after JSON.parse failed,
 * to tell the user "line 12, column 5".
 */
export type JsonErrorLocation = { line: number; column: number; expected: string };

class JsonSyntaxStop extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

const scanJson = (text: string): void => {
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && " \t\n\r".includes(text[at])) at++;
  };
  const fail = (expected: string): never => {
    throw new JsonSyntaxStop(at, expected);
  };
  const expect = (literal: string): void => {
    if (text.startsWith(literal, at)) at += literal.length;
    else fail(`"${literal}"`);
  };
  const scanString = (): void => {
    expect('"');
    while (at < text.length && text[at] !== '"') {
      if (text.charCodeAt(at) < 0x20) fail("a closing quote (strings cannot span lines)");
      at += text[at] === "\\" ? 2 : 1;
    }
    expect('"');
  };
  const scanNumber = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail("a value");
    at += match?.[0].length ?? 0;
  };
  const scanList = (close: string, scanItem: () => void): void => {
    at++;
    skipSpace();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      scanItem();
      skipSpace();
      if (text[at] === close) {
        at++;
        return;
      }
      if (text[at] !== ",") fail(`"," or "${close}"`);
      at++;
      skipSpace();
    }
  };
  const scanValue = (): void => {
    skipSpace();
    const c = text[at];
    if (c === "{") {
      scanList("}", () => {
        if (text[at] !== '"') fail("a property name in double quotes");
        scanString();
        skipSpace();
        expect(":");
        scanValue();
      });
    } else if (c === "[") scanList("]", scanValue);
    else if (c === '"') scanString();
    else if (c === "t") expect("true");
    else if (c === "f") expect("false");
    else if (c === "n") expect("null");
    else if (c === undefined) fail("a value before the end of the file");
    else scanNumber();
  };
  scanValue();
  skipSpace();
  if (at < text.length) fail("the end of the file");
};

export const locateJsonError = (text: string): JsonErrorLocation | null => {
  try {
    scanJson(text);
    return null;
  } catch (error) {
    // Anything else is a stack overflow on absurd nesting; the caller then reports without a position.
    if (!(error instanceof JsonSyntaxStop)) return null;
    const before = text.slice(0, error.offset);
    const lineStart = before.lastIndexOf("\n") + 1;
    return { line: before.split("\n").length, column: error.offset - lineStart + 1, expected: error.expected };
  }
};
