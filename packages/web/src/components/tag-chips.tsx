/** Toggleable tag filter chips; clicking the selected tag clears the filter. */

interface Props {
  readonly tags: readonly string[];
  readonly selected: string | null;
  readonly onSelect: (tag: string | null) => void;
}

export function TagChips({ tags, selected, onSelect }: Props) {
  if (tags.length === 0) return null;
  return (
    <fieldset className="chips">
      <legend className="sr-only">Filter by tag</legend>
      {tags.map((tag) => (
        <button
          type="button"
          key={tag}
          className={tag === selected ? 'chip chip-on' : 'chip'}
          aria-pressed={tag === selected}
          onClick={() => onSelect(tag === selected ? null : tag)}
        >
          {tag}
        </button>
      ))}
    </fieldset>
  );
}
