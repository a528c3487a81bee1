// Types for static-server.mjs, so the TypeScript tests (strict, no allowJs) can import it.

/** One directory served under a URL prefix. */
export interface StaticRoot {
  /** URL prefix such as `/corpus/`; leading and trailing slashes are optional. */
  prefix: string;
  /** Directory on disk (absolute, or relative to the current working directory). */
  dir: string;
  /** Sent as `Content-Security-Policy` on every file of this root, e.g. `script-src 'none'`. */
  csp?: string;
  /** Any other response headers for this root. */
  headers?: Record<string, string>;
}

/** A page held in memory: an HTML string, or a body with its own type and headers. */
export type MemoryPage = string | { body: string | Uint8Array; contentType?: string; headers?: Record<string, string> };

export interface StaticServerOptions {
  roots?: StaticRoot[];
  /** In-memory pages by absolute URL path (`/crafted/a.html`); they win over files. */
  pages?: Map<string, MemoryPage> | Iterable<[string, MemoryPage]>;
  /** Default 127.0.0.1. */
  host?: string;
  /** Log each request to stdout. */
  log?: boolean;
}

export interface StaticServer {
  /** Origin without a trailing slash: `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  /** Absolute URL for a path on this server. */
  urlFor(path: string): string;
  /** Adds or replaces an in-memory page; returns its absolute URL. */
  setPage(path: string, page: MemoryPage): string;
  deletePage(path: string): boolean;
  close(): Promise<void>;
}

export function contentTypeFor(name: string): string;
export function startStaticServer(options?: StaticServerOptions): Promise<StaticServer>;
