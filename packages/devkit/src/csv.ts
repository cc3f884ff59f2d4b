// A strict RFC 4180 reader for the tests that check our CSV (the explorer's download, the data package's records.csv),
// written apart from the writer (@alignment/data's toCsv) so that the two check each other. One reader for every
// suite: it refuses what a lenient reader would guess at, so a writer's slip shows as an error, not as a shifted cell.

/** Rows of fields: quoted or not, quotes doubled inside quoted fields, every row (the last too) ended by CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    if (text[i] === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (i < text.length) throw new Error(`expected a comma or CRLF at ${i}`);
  }
  if (field !== "" || row.length > 0) throw new Error("last line lacks its CRLF");
  return rows;
}
