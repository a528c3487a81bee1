/** The library's sections, in the order of its navigation. */
export const SECTIONS = ['deals', 'entities', 'facts', 'articles', 'conflicts', 'transfer', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections that list one kind of record and can open one for editing. */
export const RECORD_SECTIONS = ['deals', 'entities', 'facts', 'articles'] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

export const isRecordSection = (section: string): section is RecordSection =>
  (RECORD_SECTIONS as readonly string[]).includes(section);

/**
 * Where the library is, as its URL hash says — the contract other parts of the extension link with:
 * - `library.html#entities` (default), `#deals`, `#facts`, `#articles`, `#conflicts`, `#transfer`, `#settings`;
 * - `#entities/huawei`, `#deals/aws-mexico`, `#facts/<id>`, `#articles/<id>`: that record's editor;
 * - `#entities?new`: a new record's form (entities, deals, facts);
 * - `#entities?q=amazon`: the list searched for "amazon".
 */
export interface LibraryRoute {
  section: Section;
  id?: string;
  create?: boolean;
  query?: string;
}

const isSection = (value: string): value is Section => (SECTIONS as readonly string[]).includes(value);

/** Reads a hash (with or without its `#`); anything unknown falls back to the entities list. */
export function parseRoute(hash: string): LibraryRoute {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  const [head = '', ...rest] = path.split('/');
  // The library opens on the deals: what the reader works with (issue 13).
  const section = isSection(head) ? head : 'deals';
  const params = new URLSearchParams(search);
  const route: LibraryRoute = { section };
  const id = safeDecode(rest.join('/'));
  if (id && isSection(head)) route.id = id;
  if (params.has('new')) route.create = true;
  const query = params.get('q');
  if (query) route.query = query;
  return route;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The hash for a route, `#section[/id][?new|?q=…]`. */
export function formatRoute(route: LibraryRoute): string {
  let hash = `#${route.section}`;
  if (route.id) hash += `/${encodeURIComponent(route.id)}`;
  const params = new URLSearchParams();
  if (route.create) params.set('new', '');
  if (route.query) params.set('q', route.query);
  const search = params
    .toString()
    .replace(/^new=$/, 'new')
    .replace(/^new=&/, 'new&');
  return search ? `${hash}?${search}` : hash;
}
