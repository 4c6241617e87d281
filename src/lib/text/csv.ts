/**
 * The one CSV writer, for the downloads built with the site (claims.csv, trials.csv) and the reading list's CSV made
 * in the browser: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel keeps accents), CRLF line ends.
 */

/**
 * A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is written
 * with a leading apostrophe, which spreadsheets show as text. Numbers, negative ones included, stay numbers.
 */
function defused(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const text = defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell as its record holds it: a value the record lacks is an empty cell, numbers and booleans their plain text. */
export type CsvCell = string | number | boolean | undefined;

/** A CSV table as Excel and LibreOffice open it. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map((value) => csvField(value === undefined ? '' : String(value))).join(',')).join('\r\n') + '\r\n';
}
