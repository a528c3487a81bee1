// Issue 25: a clean build prints no warning a newcomer has to wonder about. The one filtered is zod's misplaced
// `@__PURE__` comments; the same code from anywhere else, and every other warning, still shows.
import { describe, expect, it } from 'vitest';
import { isHarmlessBuildWarning } from '../../../wxt.config';

describe('build warnings', () => {
  it.each([
    ['INVALID_ANNOTATION', '/work/x/node_modules/zod/v4/core/util.js', true],
    ['INVALID_ANNOTATION', 'C:\\work\\x\\node_modules\\zod\\v4\\core\\regexes.js', true],
    ['INVALID_ANNOTATION', '/work/x/lib/schema/entity.ts', false],
    ['INVALID_ANNOTATION', '/work/x/node_modules/zod-extra/index.js', false],
    ['INVALID_ANNOTATION', undefined, false],
    ['CIRCULAR_DEPENDENCY', '/work/x/node_modules/zod/v4/core/util.js', false],
    [undefined, '/work/x/node_modules/zod/v4/core/util.js', false],
  ] as const)('%s in %s: dropped = %s', (code, id, dropped) => {
    expect(isHarmlessBuildWarning({ code, id })).toBe(dropped);
  });
});
