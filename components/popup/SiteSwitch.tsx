import type { I18n } from '@/lib/i18n';

interface Props {
  hostname: string;
  on: boolean;
  i18n: I18n;
  onToggle: (hostname: string, on: boolean) => void;
}

/** The per-site on/off switch: a real checkbox with the switch role, so keyboards and screen readers get it. */
export function SiteSwitch({ hostname, on, i18n, onToggle }: Props) {
  return (
    <label class="dl-switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        onChange={(event) => onToggle(hostname, event.currentTarget.checked)}
      />
      <span>{i18n.t('highlightOnSite', { site: hostname })}</span>
    </label>
  );
}
