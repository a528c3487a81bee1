import type { I18n } from '@/lib/i18n';

interface Props {
  hostname: string;
  /** Off everywhere (the library's "Highlight on every site"), rather than on this site only. */
  everywhere: boolean;
  i18n: I18n;
  onTurnOn: () => void;
}

/**
 * What the popup says when Deal Lens is off for its tab (issue 25): plainly that it is off and where, and a button
 * that turns it back on, as the switch does. Without it an off site showed only an unchecked switch.
 */
export function OffNotice({ hostname, everywhere, i18n, onTurnOn }: Props) {
  return (
    <section class="dl-off-notice" aria-labelledby="dl-off-title">
      <p id="dl-off-title" role="status">
        <strong>{everywhere ? i18n.t('offEverywhere') : i18n.t('offOnSite', { site: hostname })}</strong>
      </p>
      <p>{i18n.t(everywhere ? 'offEverywhereHowTo' : 'offOnSiteHowTo')}</p>
      <button type="button" class="dl-button" onClick={onTurnOn}>
        {everywhere ? i18n.t('turnOnEverywhere') : i18n.t('turnOnSite', { site: hostname })}
      </button>
    </section>
  );
}
