import { BundleError, type BundleIssue, bundlePath, MAX_LISTED_ISSUES } from './bundle-error';
import {
  BUNDLE_FORMAT,
  BUNDLE_TABLES,
  BUNDLE_VERSION,
  type Bundle,
  BundleSchema,
  MAX_BUNDLE_BYTES,
} from './bundle-schema';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses a file by its size, before a single byte is read into memory. */
export async function readBundleFile(file: Blob): Promise<Bundle> {
  if (file.size > MAX_BUNDLE_BYTES) throw tooLarge(file.size);
  return parseBundleText(await file.text());
}

function tooLarge(size: number): BundleError {
  const params = { size: Math.ceil(size / 1024 / 1024), max: MAX_BUNDLE_BYTES / 1024 / 1024 };
  const message = `${size} bytes; at most ${MAX_BUNDLE_BYTES}`;
  return new BundleError('too-large', [{ where: 'file', message, code: 'too-large', params }], 1, params);
}

/**
 * Validates a bundle's text completely, in this order, stopping at the first kind of failure: size, JSON syntax,
 * format, version (a newer bundle is refused, not guessed at), every record against its schema, duplicate ids.
 * References are checked by the import, against the bundle and the store together.
 */
export function parseBundleText(text: string): Bundle {
  // UTF-16 units: at least one byte each, so this never lets through a text over the byte limit's size in ASCII.
  if (text.length > MAX_BUNDLE_BYTES) throw tooLarge(text.length);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BundleError('not-json', [
      { where: 'file', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  if (!isObject(json) || json.format !== BUNDLE_FORMAT) {
    const found = isObject(json)
      ? JSON.stringify(json.format ?? null).slice(0, 60)
      : Array.isArray(json)
        ? 'an array'
        : typeof json;
    throw new BundleError('not-a-bundle', [
      {
        where: 'format',
        message: `expected "${BUNDLE_FORMAT}", found ${found}`,
        code: 'wrong-format',
        params: { found },
      },
    ]);
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BundleError('bad-version', [
      {
        where: 'version',
        message: `expected a whole number from 1, found ${JSON.stringify(version ?? null).slice(0, 60)}`,
        code: 'bad-version',
        params: { found: JSON.stringify(version ?? null).slice(0, 60) },
      },
    ]);
  }
  if (version > BUNDLE_VERSION) {
    throw new BundleError(
      'newer-version',
      [
        {
          where: 'version',
          message: `bundle version ${version}; this Deal Lens reads up to ${BUNDLE_VERSION}`,
          code: 'newer-version',
          params: { version, supported: BUNDLE_VERSION },
        },
      ],
      1,
      { version, supported: BUNDLE_VERSION },
    );
  }
  const parsed = BundleSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      where: describeWhere(json, issue.path),
      message: issue.message,
    }));
    throw new BundleError('invalid', issues.slice(0, MAX_LISTED_ISSUES), issues.length);
  }
  const duplicates = duplicateIds(parsed.data);
  if (duplicates.length > 0) {
    throw new BundleError('duplicate-id', duplicates.slice(0, MAX_LISTED_ISSUES), duplicates.length);
  }
  return parsed.data;
}

/** The path, plus the id of the record it is in when it has one, so the reader can find it in the file. */
function describeWhere(json: Record<string, unknown>, path: readonly PropertyKey[]): string {
  const where = bundlePath(path) || '(top level)';
  const [table, index] = path;
  if (typeof table !== 'string' || typeof index !== 'number') return where;
  const records = json[table];
  const record = Array.isArray(records) ? records[index] : undefined;
  const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
  return id ? `${where} (id "${id.slice(0, 80)}")` : where;
}

function duplicateIds(bundle: Bundle): BundleIssue[] {
  const issues: BundleIssue[] = [];
  for (const table of BUNDLE_TABLES) {
    const seen = new Set<string>();
    bundle[table].forEach((record, i) => {
      const key = 'id' in record ? record.id : `${record.articleId}+${record.entityId}`;
      if (seen.has(key)) {
        issues.push({
          where: `${table}[${i}]`,
          message: `"${key}" appears twice`,
          code: 'duplicate',
          params: { id: key },
        });
      }
      seen.add(key);
    });
  }
  return issues;
}
