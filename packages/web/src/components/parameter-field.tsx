/** One form control for a script input: number (min/max/step), checkbox (bool), select (options), text. */
import type { InputValue, Parameter } from '../api/types.ts';

/** Pine's built-in price sources, offered when `input.source` gives no options. */
const SOURCES = ['open', 'high', 'low', 'close', 'hl2', 'hlc3', 'ohlc4', 'hlcc4', 'volume'];

interface Props {
  readonly parameter: Parameter;
  readonly value: InputValue | null;
  readonly onChange: (value: InputValue) => void;
}

export function ParameterField({ parameter: p, value, onChange }: Props) {
  const id = `param-${p.title.replace(/\W+/g, '-')}`;
  const label = (
    <label htmlFor={id} title={p.tooltip}>
      {p.title}
    </label>
  );
  if (p.type === 'bool') {
    return (
      <div className="field field-check">
        <input
          id={id}
          name={p.title}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </div>
    );
  }
  const options = p.options ?? (p.type === 'source' ? SOURCES : undefined);
  if (options !== undefined && options.length > 0) {
    return (
      <div className="field">
        {label}
        <select
          id={id}
          name={p.title}
          value={String(value ?? '')}
          onChange={(e) => {
            const chosen = options.find((o) => String(o) === e.target.value);
            if (chosen !== undefined) onChange(chosen);
          }}
        >
          {options.map((o) => (
            <option key={String(o)} value={String(o)}>
              {String(o)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (p.type === 'int' || p.type === 'float' || p.type === 'price' || p.type === 'time') {
    const step = p.step ?? (p.type === 'int' ? 1 : 'any');
    return (
      <div className="field">
        {label}
        <input
          id={id}
          name={p.title}
          type="number"
          value={typeof value === 'number' ? value : ''}
          min={p.minval}
          max={p.maxval}
          step={step}
          required
          onChange={(e) => {
            if (e.target.value !== '') onChange(Number(e.target.value));
          }}
        />
      </div>
    );
  }
  return (
    <div className="field">
      {label}
      <input
        id={id}
        name={p.title}
        type="text"
        value={String(value ?? '')}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
