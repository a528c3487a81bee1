import type { PageUi, PageUiOptions } from './page-ui';

/** Must match PAGE_UI_GLOBAL in page-ui.ts (not imported: the eager script must not bundle the UI). */
const PAGE_UI_GLOBAL = '__dealLensPageUi';

/**
 * The page UI (card and keyboard navigation), loaded on first use: `inject` asks the background to run
 * page-ui.js in this content script's world, which publishes the factory; `current()` is the UI once made.
 */
export class PageUiLoader {
  private ui?: PageUi;
  private loading?: Promise<PageUi>;

  constructor(
    private readonly inject: () => Promise<unknown>,
    private readonly options: PageUiOptions,
  ) {}

  current(): PageUi | undefined {
    return this.ui;
  }

  load(): Promise<PageUi> {
    if (this.ui) return Promise.resolve(this.ui);
    this.loading ??= (async () => {
      const scope = globalThis as Record<string, unknown>;
      if (typeof scope[PAGE_UI_GLOBAL] !== 'function') await this.inject();
      const create = scope[PAGE_UI_GLOBAL] as ((options: PageUiOptions) => PageUi) | undefined;
      if (typeof create !== 'function') throw new Error('the page UI script did not start');
      this.ui = create(this.options);
      return this.ui;
    })().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }
}
