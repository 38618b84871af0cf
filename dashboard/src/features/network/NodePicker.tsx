import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { NodeKind } from './nodes';

const NodePickerSearch = graphql(`
  query NodePickerSearch($text: String!) {
    search(text: $text, first: 12) {
      items {
        kind
        title
        subtitle
        node {
          __typename
          ... on Organisation {
            id
          }
          ... on Partnership {
            id
          }
          ... on Project {
            id
          }
          ... on Region {
            id
          }
        }
      }
    }
  }
`);

export interface PickedNode {
  id: string;
  label: string;
  kind: NodeKind;
}

export interface NodePickerProps {
  label: string;
  /** The node picked so far, shown in the box. */
  value: { id: string; label: string } | null;
  onPick: (node: PickedNode) => void;
  placeholder?: string;
}

const KIND_OF: Record<string, NodeKind> = {
  Organisation: 'ORGANISATION',
  Partnership: 'PARTNERSHIP',
  Project: 'PROJECT',
  Region: 'REGION',
};

/**
 * A combobox that finds an organisation, partnership, project or region by name (diacritics ignored)
 * and picks it: type, move with the arrow keys, Enter to pick, Escape to close.
 */
export function NodePicker({ label, value, onPick, placeholder }: NodePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value?.label ?? '');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setText(value?.label ?? ''), [value?.id, value?.label]);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const searching = open && query.length >= 2 && query !== value?.label;
  const { data, loading, error } = useQuery(NodePickerSearch, { variables: { text: query }, skip: !searching });
  const options: (PickedNode & { subtitle: string | null })[] = searching
    ? (data?.search.items ?? []).flatMap((item) => {
        const kind = KIND_OF[item.node.__typename];
        return kind && 'id' in item.node ? [{ id: item.node.id, label: item.title, kind, subtitle: item.subtitle }] : [];
      })
    : [];

  const pick = ({ id: nodeId, label: nodeLabel, kind }: PickedNode) => {
    const node = { id: nodeId, label: nodeLabel, kind };
    onPick(node);
    setText(node.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setText(value?.label ?? '');
    }
  };

  const listId = `${id}-list`;
  const expanded = searching && (options.length > 0 || !loading);
  return (
    <div className="node-picker field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && options[active] ? `${id}-option-${active}` : undefined}
        value={text}
        placeholder={placeholder ?? t('network.pickerPlaceholder')}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(event) => event.currentTarget.select()}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="node-picker__list" hidden={!expanded}>
        {error ? (
          <li className="node-picker__empty">{t('ui.errorTitle')}</li>
        ) : options.length === 0 ? (
          <li className="node-picker__empty">{loading ? t('ui.loading') : t('network.pickerNone')}</li>
        ) : (
          options.map((option, index) => (
            <li
              key={option.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'node-picker__option is-active' : 'node-picker__option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              <span className="node-picker__label">{option.label}</span>
              <span className="node-picker__kind">
                {t(`network.kind.${option.kind}`)}
                {option.subtitle && ` · ${option.subtitle}`}
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
