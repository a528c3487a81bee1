import { z } from 'zod';
import { ArticleSchema, MentionSchema } from './article';
import { SlugSchema } from './common';
import { DealSchema } from './deal';
import { EntitySchema } from './entity';
import { FactSchema } from './fact';

/**
 * Team library (issue 24, docs/adr/0012-team-library.md): the server the reader set up. Kept in the store's own
 * database (IndexedDB of the extension's origin), not in `storage.local`, which content scripts can read: the
 * password never comes within a page's reach.
 */
export const TeamServerSchema = z.object({
  /** The server's base URL, http(s), without credentials, query or fragment. */
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((text) => parseServerUrl(text) !== null, 'must be a web address such as https://couch.example.org'),
  /** CouchDB database names: lowercase letter first, then lowercase letters, digits and _$()+-/ (CouchDB's rule). */
  database: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/, 'must be a CouchDB database name such as deal-lens-team'),
  username: z.string().trim().min(1, 'is required').max(100),
  password: z.string().min(1, 'is required').max(1000),
});
export type TeamServer = z.infer<typeof TeamServerSchema>;

/** A server URL reduced to its origin and path (no user:password@, query or fragment), or null if not http(s). */
export function parseServerUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The record kinds a team shares, as they are named in a document's `_id` (`fact:investment-x`). */
export const SyncKindSchema = z.enum(['entity', 'deal', 'fact', 'article']);
export type SyncKind = z.infer<typeof SyncKindSchema>;

// What the server never gets, whatever the document says: local bookkeeping of this browser.
const localOnly = { private: true } as const;

const author = z.string().trim().min(1).max(100);
const changedAt = z.number().int().nonnegative();
const envelope = { _id: z.string().max(300), _rev: z.string().max(200).optional(), author, changedAt };

/**
 * A shared record as it travels through CouchDB: `_id` is `kind:id`, `record` is validated with the store's own
 * schema (the same as an import), `author`/`changedAt` say who changed it last. Anything else a server sends is
 * dropped; a document that does not fit is quarantined (lib/sync/apply-remote.ts), never half-applied.
 */
export const SyncDocSchema = z.discriminatedUnion('kind', [
  z.object({ ...envelope, kind: z.literal('entity'), record: EntitySchema.omit(localOnly) }),
  z.object({ ...envelope, kind: z.literal('deal'), record: DealSchema.omit(localOnly) }),
  z.object({ ...envelope, kind: z.literal('fact'), record: FactSchema.omit(localOnly) }),
  z.object({
    ...envelope,
    kind: z.literal('article'),
    record: ArticleSchema.omit(localOnly),
    /** Which entities the article mentions, and how often (derived at save time; shared so cards list it). */
    mentions: z
      .array(MentionSchema.omit({ articleId: true }))
      .max(10_000)
      .default([]),
  }),
]);
export type SyncDoc = z.infer<typeof SyncDocSchema>;

/** `kind:id`, the document id of a record; ids are slugs, so the colon cannot be part of one. */
export function syncDocId(kind: SyncKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and record id named by a document id, or null for ids Deal Lens did not write (design docs, junk). */
export function parseSyncDocId(docId: string): { kind: SyncKind; id: string } | null {
  const colon = docId.indexOf(':');
  const kind = SyncKindSchema.safeParse(docId.slice(0, colon));
  const id = SlugSchema.safeParse(docId.slice(colon + 1));
  return colon > 0 && kind.success && id.success ? { kind: kind.data, id: id.data } : null;
}

/** Where sync stands, as the options page shows it. Kept in the store's `meta`, written by the background. */
export const SyncStatusSchema = z.object({
  state: z.enum(['off', 'syncing', 'synced', 'error']),
  /** The cause of the last failure, when `state` is `error`. */
  error: z
    .enum([
      'unreachable',
      'wrong-password',
      'not-member',
      'no-database',
      'not-couchdb',
      'too-old',
      'no-permission',
      'invalid-reply',
      'failed',
    ])
    .optional(),
  /** Words from the server or the browser for `failed` (never the password: see sync-status.ts). */
  detail: z.string().max(300).optional(),
  lastSyncedAt: z.number().int().optional(),
  /** Local changes not yet on the server. */
  waiting: z.number().int().nonnegative().default(0),
  /** Documents from the server that were set aside because they did not validate. */
  quarantined: z.number().int().nonnegative().default(0),
  /** Records edited in two places, waiting for the reader's choice. */
  conflicts: z.number().int().nonnegative().default(0),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;
