import { useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { formatShortcut, parseShortcut } from '@/lib/keyboard/shortcut';

interface Props {
  value: string;
  i18n: I18n;
  onSave: (shortcut: string) => void;
}

/**
 * The keyboard shortcut that starts highlight navigation on a page, typed as "Alt+Shift+K". Checked when the field
 * is left or Enter is pressed; saved written the usual way. Highlights are painted, not focusable, so this is the
 * keyboard's way in: it must hold Alt, Ctrl or Meta so it never takes a letter from the page's own typing.
 */
export function ShortcutField({ value, i18n, onSave }: Props) {
  const [text, setText] = useState(value);
  const [error, setError] = useState('');
  const save = () => {
    const shortcut = parseShortcut(text);
    if (!shortcut) return setError(i18n.t('libShortcutInvalid'));
    setError('');
    const written = formatShortcut(shortcut);
    setText(written);
    if (written !== value) onSave(written);
  };
  const describedBy = ['dl-set-shortcut-hint', error ? 'dl-set-shortcut-error' : ''].filter(Boolean).join(' ');
  return (
    <div class={`dl-field${error ? ' dl-field-invalid' : ''}`}>
      <label for="dl-set-shortcut">{i18n.t('libShortcut')}</label>
      <input
        id="dl-set-shortcut"
        type="text"
        value={text}
        autocomplete="off"
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={save}
      />
      <p class="dl-hint" id="dl-set-shortcut-hint">
        {i18n.t('libShortcutHint')}
      </p>
      {error && (
        <p class="dl-field-error" id="dl-set-shortcut-error">
          {error}
        </p>
      )}
    </div>
  );
}
