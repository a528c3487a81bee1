import { describe, expect, it } from 'vitest';
import { EntitySchema } from '@/lib/schema';

describe('EntitySchema', () => {
  it('names the offending field when it refuses a record', () => {
    const result = EntitySchema.safeParse({
      id: 'Not A Slug',
      name: 'X',
      kind: 'company',
      aliases: [],
      origin: 'user',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('id');
    expect(paths).toContain('aliases');
  });
});
