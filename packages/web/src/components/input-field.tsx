/** A labelled form input bound to a string state: the id doubles as the test id. */
import type { InputHTMLAttributes } from 'react';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

export function InputField({
  id,
  label,
  value,
  onChange,
  ...input
}: Passed & {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={id}
        {...input}
      />
    </div>
  );
}
