import { useEffect, useRef, useState } from 'preact/hooks';
import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { type EntityKind, EntityKindSchema } from '@/lib/schema';
import { selectionOffsets } from './selection-offsets';

/** A stretch of the saved text the reader selected. */
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

interface Props {
  /** The element holding the saved text (selections elsewhere are ignored). */
  textRoot: () => Element | null;
  i18n: I18n;
  onAddName: (selection: TextSelection, kind: EntityKind) => void;
  onAddFigure: (selection: TextSelection) => void;
}

/** Longer than this, a selection is a passage, not a name or a figure. */
const MAX_SELECTION = 200;

/**
 * Add what was missed (issue 21): while the reader has a stretch of the saved text selected, a bar at the foot
 * of the window offers to add it as a name of a kind, or as a figure. It stays while focus is in the bar (so the
 * keyboard can reach it after selecting), and goes when the selection is emptied elsewhere or after acting.
 */
export function SelectionBar({ textRoot, i18n, onAddName, onAddFigure }: Props) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [kind, setKind] = useState<EntityKind>('company');
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    const abort = new AbortController();
    const read = () => {
      if (bar.current?.contains(document.activeElement)) return;
      const current = document.getSelection();
      const root = textRoot();
      const range = current && current.rangeCount > 0 && !current.isCollapsed ? current.getRangeAt(0) : undefined;
      const offsets = range && root ? selectionOffsets(range, root) : undefined;
      const text = range?.toString().trim() ?? '';
      setSelection(offsets && text.length > 0 && text.length <= MAX_SELECTION ? { text, ...offsets } : null);
    };
    document.addEventListener('selectionchange', read, { signal: abort.signal });
    return () => abort.abort();
  }, [textRoot]);
  if (!selection) return null;
  const done = () => {
    setSelection(null);
    document.getSelection()?.removeAllRanges();
  };
  return (
    <section class="dl-selection-bar" aria-label={i18n.t('selectionRegion')} ref={bar}>
      <span class="dl-selection-text">{i18n.t('selectionQuoted', { text: selection.text })}</span>
      <label for="dl-selection-kind" class="dl-visually-hidden">
        {i18n.t('selectionKind')}
      </label>
      <select
        id="dl-selection-kind"
        class="dl-field"
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as EntityKind)}
      >
        {EntityKindSchema.options.map((k) => (
          <option key={k} value={k}>
            {entityKindLabel(i18n, k)}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="dl-button"
        onClick={() => {
          onAddName(selection, kind);
          done();
        }}
      >
        {i18n.t('addAsName')}
      </button>
      <button
        type="button"
        class="dl-button"
        onClick={() => {
          onAddFigure(selection);
          done();
        }}
      >
        {i18n.t('addAsFigure')}
      </button>
      <button type="button" class="dl-secondary" onClick={done}>
        {i18n.t('clearSelection')}
      </button>
    </section>
  );
}
