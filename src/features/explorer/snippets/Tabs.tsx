import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move between tabs (wrapping), Home and End
 * jump to the ends, and only the selected tab is in the Tab order.
 */
export function Tabs<T extends string>({
  label,
  items,
  names,
  selected,
  onSelect,
  children,
}: {
  label: string;
  items: readonly T[];
  names: Record<T, string>;
  selected: T;
  onSelect: (item: T) => void;
  children: ReactNode;
}) {
  const id = useId();
  const tabs = useRef(new Map<T, HTMLButtonElement>());

  const move = (event: KeyboardEvent, from: T) => {
    const index = items.indexOf(from);
    const targets: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = items[(target + items.length) % items.length];
    if (next === undefined) return;
    onSelect(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {items.map((item) => (
          <button
            key={item}
            ref={(element) => {
              if (element) tabs.current.set(item, element);
              else tabs.current.delete(item);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${item}`}
            aria-selected={item === selected}
            aria-controls={`${id}-panel`}
            tabIndex={item === selected ? 0 : -1}
            onClick={() => onSelect(item)}
            onKeyDown={(event) => move(event, item)}
          >
            {names[item]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} className="tabpanel">
        {children}
      </div>
    </div>
  );
}
