// The benchmark's profiling build: the extension exactly as wxt.config.ts builds it, but not minified, so the
// CPU profile of a scan names the content script's own functions (acceptNode, wrapRanges, request, …).
// Built by run-bench.mjs into .output/bench-profile/chrome-mv3; the measured build stays .output/chrome-mv3.
import base from '../../wxt.config.ts';

export default {
  ...base,
  outDir: '.output/bench-profile',
  vite: (env) => {
    const own = typeof base.vite === 'function' ? base.vite(env) : (base.vite ?? {});
    return { ...own, build: { ...(own.build ?? {}), minify: false } };
  },
};
