// CSV written in the browser the way the service's exports write it (docs/exports.md, "CSV"): RFC 4180 quoting, CRLF
// line ends, a UTF-8 byte order mark so Excel reads accents, and cells a spreadsheet would run as a formula (starting,
// after any apostrophes, with = + - @, a tab or a carriage return) prefixed with an apostrophe.

/** True when a spreadsheet would read this cell as a formula: apostrophes, then = + - @, a tab or a carriage return. */
export function needsDefusing(value) {
  return /^'*[=+\-@\t\r]/.test(value);
}

function cell(value) {
  let text = value == null ? '' : String(value);
  if (typeof value !== 'number' && needsDefusing(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows (arrays of cells; the first is the header) as CSV text. Numbers are written as numbers, never defused. */
export function csvText(rows) {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
