import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy } from './describedBy';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown under the field after the hint, e.g. a live character count. */
  after?: ReactNode;
}

/**
 * A labelled text input in bootstrap-italia style. The label always sits above the field
 * (no floating label), the hint and the error are read out with the field.
 */
export function TextField({ id, label, value, onChange, hint, error, inputRef, after, className, type = 'text', ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="form-group cantiere-field">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        {...input}
        id={id}
        type={type}
        ref={inputRef}
        className={['form-control', error ? 'is-invalid' : '', className ?? ''].join(' ').trim()}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      {after}
      {error && (
        <div id={errorId} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
