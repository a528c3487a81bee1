// `uuid` for PouchDB (issue 24; aliased in wxt.config.ts): PouchDB only ever asks for `v4`, which the browser
// makes itself (extension pages and the service worker are secure contexts).
export function v4(): string {
  return crypto.randomUUID();
}
