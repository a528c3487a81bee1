import { useState } from 'preact/hooks';
import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { siteFromInput, withDisabledSite, withKind } from '@/lib/library/settings-edit';
import { EntityKindSchema } from '@/lib/schema';
import type { Settings } from '@/lib/settings/settings-schema';
import { CheckField } from './form-fields';
import { ShortcutField } from './ShortcutField';

interface Props {
  settings: Settings;
  i18n: I18n;
  /** Saves at once: open pages follow without a reload. */
  onChange: (next: Settings) => Promise<void>;
}

interface RadioProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onValue: (value: T) => void;
}

function RadioGroup<T extends string>({ name, legend, value, options, onValue }: RadioProps<T>) {
  return (
    <fieldset class="dl-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="dl-check" key={o.value}>
          <input
            id={`dl-${name}-${o.value}`}
            type="radio"
            name={name}
            checked={value === o.value}
            onChange={() => onValue(o.value)}
          />
          <label for={`dl-${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Every setting of Deal Lens, each saved as soon as it changes. */
export function SettingsSection({ settings, i18n, onChange }: Props) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const [delay, setDelay] = useState(String(settings.hoverDelayMs));
  const [delayError, setDelayError] = useState('');
  const set = (change: Partial<Settings>) => onChange({ ...settings, ...change });

  const addSite = (event: Event) => {
    event.preventDefault();
    const host = siteFromInput(site);
    if (!host) return setSiteError(i18n.t('libSiteInvalid'));
    setSiteError('');
    setSite('');
    void onChange(withDisabledSite(settings, host));
  };
  const saveDelay = () => {
    const ms = Number(delay);
    if (delay.trim() === '' || !Number.isInteger(ms) || ms < 0 || ms > 3000)
      return setDelayError(i18n.t('libDelayInvalid'));
    setDelayError('');
    if (ms !== settings.hoverDelayMs) void set({ hoverDelayMs: ms });
  };

  return (
    <div class="dl-settings">
      <section class="dl-panel" aria-labelledby="dl-set-where">
        <h2 id="dl-set-where">{i18n.t('libSettingsWhere')}</h2>
        <CheckField
          id="dl-set-enabled"
          role="switch"
          label={i18n.t('highlightEverywhere')}
          checked={settings.enabled}
          onChecked={(enabled) => set({ enabled })}
        />
        <h3>{i18n.t('libDisabledSites')}</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="dl-muted">{i18n.t('libNoDisabledSites')}</p>
        ) : (
          <ul class="dl-site-list">
            {settings.disabledSites.map((host) => (
              <li key={host} data-site={host}>
                <span>{host}</span>{' '}
                <button
                  type="button"
                  onClick={() => set({ disabledSites: settings.disabledSites.filter((s) => s !== host) })}
                >
                  {i18n.t('libTurnBackOn', { site: host })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="dl-inline-form" onSubmit={addSite} noValidate>
          <div class={`dl-field${siteError ? ' dl-field-invalid' : ''}`}>
            <label for="dl-set-site">{i18n.t('libAddSiteLabel')}</label>
            <input
              id="dl-set-site"
              type="text"
              value={site}
              placeholder="news.example.com"
              aria-invalid={siteError ? 'true' : undefined}
              aria-describedby={siteError ? 'dl-set-site-error' : undefined}
              onInput={(e) => setSite(e.currentTarget.value)}
            />
            {siteError && (
              <p class="dl-field-error" id="dl-set-site-error">
                {siteError}
              </p>
            )}
          </div>
          <button type="submit">{i18n.t('libAddSite')}</button>
        </form>
      </section>
      <section class="dl-panel" aria-labelledby="dl-set-how">
        <h2 id="dl-set-how">{i18n.t('libSettingsHow')}</h2>
        <RadioGroup
          name="scope"
          legend={i18n.t('libScope')}
          value={settings.scope}
          options={[
            { value: 'article', label: i18n.t('libScopeArticle') },
            { value: 'page', label: i18n.t('libScopePage') },
          ]}
          onValue={(scope) => set({ scope })}
        />
        <RadioGroup
          name="style"
          legend={i18n.t('libHighlightStyle')}
          value={settings.highlightStyle}
          options={[
            { value: 'underline', label: i18n.t('libStyleUnderline') },
            { value: 'background', label: i18n.t('libStyleBackground') },
          ]}
          onValue={(highlightStyle) => set({ highlightStyle })}
        />
        <RadioGroup
          name="card-trigger"
          legend={i18n.t('libCardTrigger')}
          value={settings.cardTrigger}
          options={[
            { value: 'point', label: i18n.t('libCardTriggerPoint') },
            { value: 'alt', label: i18n.t('libCardTriggerAlt') },
          ]}
          onValue={(cardTrigger) => set({ cardTrigger })}
        />
        <CheckField
          id="dl-set-first"
          label={i18n.t('libFirstMentionOnly')}
          checked={settings.firstMentionOnly}
          onChecked={(firstMentionOnly) => set({ firstMentionOnly })}
        />
        <CheckField
          id="dl-set-badge"
          label={i18n.t('libBadge')}
          checked={settings.badge}
          onChecked={(badge) => set({ badge })}
        />
        <div class={`dl-field${delayError ? ' dl-field-invalid' : ''}`}>
          <label for="dl-set-delay">{i18n.t('libHoverDelay')}</label>
          <input
            id="dl-set-delay"
            type="number"
            min={0}
            max={3000}
            step={50}
            value={delay}
            aria-invalid={delayError ? 'true' : undefined}
            aria-describedby={delayError ? 'dl-set-delay-error' : undefined}
            onInput={(e) => setDelay(e.currentTarget.value)}
            onChange={saveDelay}
          />
          {delayError && (
            <p class="dl-field-error" id="dl-set-delay-error">
              {delayError}
            </p>
          )}
        </div>
        <ShortcutField
          value={settings.navigationShortcut}
          i18n={i18n}
          onSave={(navigationShortcut) => void set({ navigationShortcut })}
        />
        <fieldset class="dl-group">
          <legend>{i18n.t('libKindsToHighlight')}</legend>
          <div class="dl-kind-grid">
            {EntityKindSchema.options.map((kind) => (
              <CheckField
                key={kind}
                id={`dl-set-kind-${kind}`}
                label={entityKindLabel(i18n, kind)}
                checked={settings.kinds.includes(kind)}
                onChecked={(on) => void onChange(withKind(settings, kind, on, EntityKindSchema.options))}
              />
            ))}
          </div>
        </fieldset>
      </section>
    </div>
  );
}
