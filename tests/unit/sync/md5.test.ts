import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { binaryMd5, stringMd5 } from '@/lib/sync/md5';

// PouchDB names revisions and replication checkpoints with MD5; they must match CouchDB's, so ours must be MD5.
const nodeMd5 = (data: Buffer | string, encoding: 'hex' | 'base64') => createHash('md5').update(data).digest(encoding);

describe('md5 (PouchDB revisions and checkpoints)', () => {
  it('matches RFC 1321 and Node on strings of every padding length, accents and emoji included', () => {
    expect(stringMd5('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(stringMd5('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    for (let length = 0; length < 200; length++) {
      const text = 'Huawei × Pérou 🇵🇪 '.repeat(20).slice(0, length);
      expect(stringMd5(text)).toBe(nodeMd5(Buffer.from(text, 'utf8'), 'hex'));
    }
    const large = JSON.stringify({ _id: 'fact:x', record: { quote: 'é'.repeat(70_000) } });
    expect(stringMd5(large)).toBe(nodeMd5(Buffer.from(large, 'utf8'), 'hex'));
  });

  it('hashes binary strings and blobs to base64, as attachments need', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff);
    const binary = String.fromCharCode(...bytes);
    const fromString = await new Promise<string>((resolve) => binaryMd5(binary, resolve));
    const fromBlob = await new Promise<string>((resolve) => binaryMd5(new Blob([bytes]), resolve));
    expect(fromString).toBe(nodeMd5(Buffer.from(bytes), 'base64'));
    expect(fromBlob).toBe(fromString);
  });
});
