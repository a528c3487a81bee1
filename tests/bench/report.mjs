// Statistics, targets and the terminal / Markdown tables of the benchmark.

/** Median, min and max of a list of numbers (null when empty). */
export function stats(values) {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0) return null;
  const mid = list.length >> 1;
  const median = list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
  return { median, min: list[0], max: list[list.length - 1], n: list.length };
}

/** "12.3" / "1,234" / "12.3 s": milliseconds at a sensible precision. */
export function ms(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)}`;
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** "12.3 (11.9–13.0)" */
export function msRange(s) {
  if (!s) return '–';
  if (s.n === 1) return ms(s.median);
  return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
}

export function ratio(value, lowerBound = false) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text =
    value >= 100 ? Math.round(value).toLocaleString('en-US') : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  return lowerBound ? `> ${text}` : text;
}

export function bytes(n) {
  if (n === null || n === undefined) return '–';
  if (Math.abs(n) >= 1_000_000) return `${(n / 1_000_000).toFixed(2)} MB`;
  if (Math.abs(n) >= 1000) return `${(n / 1000).toFixed(1)} kB`;
  return `${n} B`;
}

/** "512 ms" / "8.2 s" */
export function duration(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

/** A plain-text table with aligned columns. */
export function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(header, rows) {
  const cell = (c) => String(c).replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}
