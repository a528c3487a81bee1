import type { I18n } from '@/lib/i18n';
import { isHttpUrl } from '@/lib/schema';

interface Props {
  url: string;
  i18n: I18n;
}

/**
 * The confirmation a card asks for when it could not tell that the reader saw it when they clicked a link
 * (components/card/click-guard.ts): a tab of the extension's own, which no page can cover or script. Not
 * web-accessible: no page can open it with an address of its choosing.
 */
export function OpenLinkApp({ url, i18n }: Props) {
  const valid = isHttpUrl(url);
  return (
    <main class="dl-page dl-open-link">
      <h1>{i18n.t('openLinkTitle')}</h1>
      {valid ? (
        <>
          <p>{i18n.t('openLinkWhy')}</p>
          <p>
            <code class="dl-open-link-url">{url}</code>
          </p>
          <p class="dl-open-link-actions">
            <button type="button" onClick={() => location.assign(url)}>
              {i18n.t('openLinkOpen')}
            </button>{' '}
            <button type="button" onClick={() => window.close()}>
              {i18n.t('openLinkCancel')}
            </button>
          </p>
        </>
      ) : (
        <p role="alert">{i18n.t('openLinkInvalid')}</p>
      )}
    </main>
  );
}
