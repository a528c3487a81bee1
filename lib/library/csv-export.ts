import type { Deal, Fact } from '@/lib/schema';
import type { LibraryData } from './records';

/** Columns of the deals CSV: one row per fact of a deal; a deal without facts gets one row with the fact columns blank. */
export const CSV_COLUMNS = [
  'deal_id',
  'deal_title',
  'deal_kind',
  'parties',
  'announced_date',
  'duration',
  'status',
  'summary',
  'fact_id',
  'fact_label',
  'value',
  'unit',
  'date',
  'quote',
  'note',
  'source_title',
  'publisher',
  'published_date',
  'source_url',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | undefined>;

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: a quote
 * copied from a hostile page must not become `=HYPERLINK(…)` in the reader's spreadsheet. Numbers stay numbers.
 */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Deals with their facts as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read accents
 * right), deals most recent first. Party names, not ids, so the sheet reads on its own.
 */
export function dealsToCsv(data: LibraryData): string {
  const entities = new Map(data.entities.map((e) => [e.id, e.name]));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const deals = [...data.deals].sort(
    (a, b) => (b.announcedDate ?? '').localeCompare(a.announcedDate ?? '') || a.id.localeCompare(b.id),
  );
  const rows: Row[] = [];
  for (const deal of deals) {
    const facts = data.facts
      .filter((f) => f.subject.type === 'deal' && f.subject.id === deal.id)
      .sort((a, b) => a.id.localeCompare(b.id));
    const base = dealColumns(deal, entities);
    if (facts.length === 0) rows.push(base);
    for (const fact of facts) rows.push({ ...base, ...factColumns(fact, articles) });
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => cell(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function dealColumns(deal: Deal, entities: Map<string, string>): Row {
  return {
    deal_id: deal.id,
    deal_title: deal.title,
    deal_kind: deal.kind,
    parties: deal.parties.map((id) => entities.get(id) ?? id).join('; '),
    announced_date: deal.announcedDate,
    duration: deal.duration ? `${deal.duration.value} ${deal.duration.unit}` : undefined,
    status: deal.status,
    summary: deal.summary,
  } as Row;
}

function factColumns(fact: Fact, articles: Map<string, LibraryData['articles'][number]>): Partial<Row> {
  const article = articles.get(fact.articleId);
  return {
    fact_id: fact.id,
    fact_label: fact.label,
    value: fact.value,
    unit: fact.unit,
    date: fact.date,
    quote: fact.quote,
    note: fact.note,
    source_title: article?.title,
    publisher: article?.publisher,
    published_date: article?.publishedDate,
    source_url: article?.url,
  };
}
