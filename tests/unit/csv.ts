// Reading back the CSV our exports and the batch CLI write, for the tests
// (RFC 4180: quoted cells may hold commas, quotes and line breaks).

/** CSV text → rows of cells; a byte-order mark is skipped. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  return rows;
}

/** CSV text → one record per row, keyed by the header. */
export function csvRecords(csv: string): Record<string, string>[] {
  const [header, ...body] = csvRows(csv);
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
