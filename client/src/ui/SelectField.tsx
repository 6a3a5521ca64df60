import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { describedBy } from './describedBy';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  hint?: string;
  error?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

/** A native select with a visible label: keyboard and screen readers already know how to use it. */
export function SelectField({ id, label, value, onChange, children, hint, error, selectRef, ...select }: SelectFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="select-wrapper cantiere-field">
      <label htmlFor={id}>{label}</label>
      <select
        {...select}
        id={id}
        ref={selectRef}
        className={error ? 'is-invalid' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {children}
      </select>
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={errorId} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
