/** A button that is on or off, announced as pressed or not (e.g. "Reveal", "Show secrets"). */
export function ToggleButton({ pressed, onToggle, children }: { pressed: boolean; onToggle: (pressed: boolean) => void; children: string }) {
  return (
    <button type="button" className="toggle" aria-pressed={pressed} onClick={() => onToggle(!pressed)}>
      {children}
    </button>
  );
}
