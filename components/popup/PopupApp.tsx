import { useCallback, useEffect, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import { withSite } from '@/lib/settings/settings-schema';
import { PopupView } from './PopupView';
import type { PopupData } from './popup-data';

interface Props {
  i18n: I18n;
  load: () => Promise<PopupData>;
}

/** Loads the popup's data, shows a loading or error state until then, and saves the site switch. */
export function PopupApp({ i18n, load }: Props) {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  const onToggleSite = useCallback(async (hostname: string, on: boolean) => {
    const settings = withSite(await readSettings(), hostname, on);
    await settingsItem.setValue(settings);
    setData((current) => (current ? { ...current, settings } : current));
  }, []);

  if (error)
    return (
      <p role="alert" class="dl-status-message">
        {i18n.t('loadError', { error })}
      </p>
    );
  if (!data)
    return (
      <p role="status" class="dl-status-message">
        {i18n.t('loading')}
      </p>
    );
  return <PopupView data={data} i18n={i18n} onToggleSite={onToggleSite} />;
}
