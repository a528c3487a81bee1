// MD5 for PouchDB (issue 24), standing in for `pouchdb-md5` and its spark-md5 (aliased in wxt.config.ts; about
// 2 kB gzip smaller). PouchDB hashes with MD5 to name revisions (deterministic revs), replication checkpoints and
// attachments; the names must be CouchDB's, so this is plain RFC 1321 MD5 (tested against Node's crypto). The
// Web Crypto API has no MD5.

// Per-round shift amounts, four per round; the sine table of RFC 1321 (exact in doubles).
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const SINES = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

/** The 16-byte MD5 digest of `bytes`. */
export function md5(bytes: Uint8Array): Uint8Array {
  const size = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(size);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(size - 8, (bytes.length * 8) >>> 0, true);
  view.setUint32(size - 4, Math.floor(bytes.length / 2 ** 29), true);
  const state = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
  for (let offset = 0; offset < size; offset += 64) {
    let [a, b, c, d] = state as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let mixed: number;
      let word: number;
      if (round === 0) [mixed, word] = [(b & c) | (~b & d), i];
      else if (round === 1) [mixed, word] = [(d & b) | (~d & c), (5 * i + 1) & 15];
      else if (round === 2) [mixed, word] = [b ^ c ^ d, (3 * i + 5) & 15];
      else [mixed, word] = [c ^ (b | ~d), (7 * i) & 15];
      const sum = (a + mixed + (SINES[i] as number) + view.getUint32(offset + word * 4, true)) | 0;
      const shift = SHIFTS[(round << 2) | (i & 3)] as number;
      [a, d, c] = [d, c, b];
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    for (const [k, v] of [a, b, c, d].entries()) state[k] = ((state[k] as number) + v) | 0;
  }
  const digest = new DataView(new ArrayBuffer(16));
  for (const [k, v] of state.entries()) digest.setUint32(k * 4, v, true);
  return new Uint8Array(digest.buffer);
}

/** pouchdb-md5's `stringMd5`: the hex MD5 of a string's UTF-8 bytes (revision ids, replication ids). */
export function stringMd5(text: string): string {
  return [...md5(new TextEncoder().encode(text))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** pouchdb-md5's `binaryMd5`: the base64 MD5 of a binary string (one byte a character) or a Blob. */
export function binaryMd5(data: string | Blob, callback: (base64: string) => void): void {
  const done = (bytes: Uint8Array) => callback(btoa(String.fromCharCode(...md5(bytes))));
  if (typeof data === 'string') done(Uint8Array.from(data, (char) => char.charCodeAt(0) & 0xff));
  else void data.arrayBuffer().then((buffer) => done(new Uint8Array(buffer)));
}
