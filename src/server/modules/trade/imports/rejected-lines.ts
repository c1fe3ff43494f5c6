/**
 * Rows DuckDB set aside while reading are known by line; rows rejected afterwards are known by
 * their position among the rows it kept. This turns positions back into line numbers: the header
 * is line 1, and every set-aside line before a row pushes it one line further down.
 */
export function lineOfKeptRow(position: number, setAsideLines: number[]): number {
  let line = position + 2;
  for (const setAside of setAsideLines) {
    if (setAside <= line) line += 1;
    else break;
  }
  return line;
}
