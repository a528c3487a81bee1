import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { namedExactly, type PartyOption, searchParties } from '@/lib/library/party-search';

interface Props {
  /** The text box's id (its label points at it). */
  id: string;
  label: string;
  /** The chosen entity's id, or '' for none. */
  value: string;
  options: readonly PartyOption[];
  onValue: (id: string) => void;
  /** The reader chose "Create “…”": the form for a new entity opens with this name. */
  onCreate: (name: string) => void;
  /** What is wrong with this party, in the reader's words. */
  error?: string;
  i18n: I18n;
}

const LIMIT = 50;

/**
 * A searchable party picker: the ARIA 1.2 combobox pattern with a list box popup. The reader types part of a name
 * or an alias; Down and Up move through the matches, Enter chooses, Escape closes the list (a second Escape puts
 * back the chosen party's name), Tab leaves. The last option creates an entity of the typed name when none has it.
 * Focus stays in the text box; the active option is `aria-activedescendant`.
 */
export function PartyPicker(props: Props) {
  const { id, label, value, options, onValue, onCreate, error, i18n } = props;
  const chosen = useMemo(() => options.find((o) => o.value === value), [options, value]);
  const [text, setText] = useState(chosen?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLDivElement>(null);

  // A party chosen or created elsewhere (the new-entity form) shows its name. Only on a change: an effect run
  // after the first render must not wipe what the reader has begun to type.
  const shown = useRef(chosen?.label);
  useEffect(() => {
    if (shown.current === chosen?.label) return;
    shown.current = chosen?.label;
    setText(chosen?.label ?? '');
  }, [chosen?.label]);

  const query = text === chosen?.label ? '' : text;
  const matches = useMemo(() => searchParties(options, query, LIMIT), [options, query]);
  const canCreate = query.trim() !== '' && !namedExactly(options, query);
  const count = matches.length + (canCreate ? 1 : 0);
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (open && active >= 0) list.current?.children[active]?.scrollIntoView?.({ block: 'nearest' });
  });

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (i: number) => {
    if (i < matches.length) {
      const option = matches[i]?.option;
      if (option) {
        onValue(option.value);
        setText(option.label);
      }
    } else if (canCreate) {
      onCreate(query.trim());
    }
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open || event.altKey) {
        setOpen(true);
        setActive(
          event.altKey
            ? -1
            : Math.max(
                0,
                matches.findIndex((m) => m.option.value === value),
              ),
        );
      } else setActive((a) => Math.min(count - 1, a + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (event.altKey) close();
      else if (open) setActive((a) => Math.max(0, a - 1));
    } else if (event.key === 'Enter') {
      // Enter chooses in the list; it never submits the deal while the list is open.
      if (open) {
        event.preventDefault();
        if (active >= 0) choose(active);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else setText(chosen?.label ?? '');
    } else if (event.key === 'Tab') close();
  };

  const onBlur = () => {
    close();
    // Emptied: no party. Left half-typed: the chosen party stays, and shows its name again.
    if (text.trim() === '') {
      if (value) onValue('');
    } else setText(chosen?.label ?? '');
  };

  return (
    <div class={`dl-field dl-combobox${error ? ' dl-field-invalid' : ''}`}>
      <label for={id} id={`${id}-label`}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          setActive(e.currentTarget.value.trim() ? 0 : -1);
        }}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <div
        id={`${id}-listbox`}
        ref={list}
        role="listbox"
        aria-labelledby={`${id}-label`}
        class="dl-listbox"
        hidden={!open}
      >
        {matches.map(({ option, alias }, i) => (
          <div
            key={option.value}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active ? 'true' : 'false'}
            data-active={i === active ? '' : undefined}
            // The text box keeps focus (and the keyboard); a press on an option chooses it.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
          >
            {option.label}
            {alias && <span class="dl-muted"> · {i18n.t('libPartyAlias', { alias })}</span>}
          </div>
        ))}
        {canCreate && (
          <div
            id={optionId(matches.length)}
            role="option"
            tabIndex={-1}
            class="dl-create-option"
            aria-selected={active === matches.length ? 'true' : 'false'}
            data-active={active === matches.length ? '' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(matches.length);
            }}
          >
            {i18n.t('libPartyCreate', { name: query.trim() })}
          </div>
        )}
      </div>
      {error && (
        <p class="dl-field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <p class="dl-visually-hidden" aria-live="polite">
        {open
          ? matches.length > 0
            ? i18n.t('libPartyMatches', { count: i18n.number(matches.length) })
            : i18n.t('libPartyNoMatch', { query: query.trim() })
          : ''}
      </p>
    </div>
  );
}
