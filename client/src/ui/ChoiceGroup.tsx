import type { ReactNode, Ref } from 'react';
import { describedBy } from './describedBy';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  /** A plain sentence under the label, read out with it. */
  description?: string;
}

interface ChoiceGroupProps<Value extends string> {
  id: string;
  legend: ReactNode;
  choices: readonly Choice<Value>[];
  hint?: string;
  error?: string;
  /** Receives the first input, so that an error can move the focus to the group. */
  firstInputRef?: Ref<HTMLInputElement>;
}

interface RadioGroupProps<Value extends string> extends ChoiceGroupProps<Value> {
  value: Value | null;
  onChange: (value: Value) => void;
}

interface CheckboxGroupProps<Value extends string> extends ChoiceGroupProps<Value> {
  values: readonly Value[];
  onChange: (values: Value[]) => void;
}

/** Radio buttons in a fieldset: one explicit choice, each with its own explanation. */
export function RadioGroup<Value extends string>(props: RadioGroupProps<Value>) {
  return (
    <ChoiceFieldset {...props} type="radio" isChecked={(value) => props.value === value} toggle={(value) => props.onChange(value)} />
  );
}

/** Check boxes in a fieldset: any number of choices. */
export function CheckboxGroup<Value extends string>(props: CheckboxGroupProps<Value>) {
  const toggle = (value: Value, checked: boolean) =>
    props.onChange(checked ? [...props.values, value] : props.values.filter((chosen) => chosen !== value));
  return <ChoiceFieldset {...props} type="checkbox" isChecked={(value) => props.values.includes(value)} toggle={toggle} />;
}

function ChoiceFieldset<Value extends string>({
  id,
  legend,
  choices,
  hint,
  error,
  firstInputRef,
  type,
  isChecked,
  toggle,
}: ChoiceGroupProps<Value> & { type: 'radio' | 'checkbox'; isChecked: (value: Value) => boolean; toggle: (value: Value, checked: boolean) => void }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="cantiere-field cantiere-choices" aria-describedby={describedBy(hintId, errorId)}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="form-text">
          {hint}
        </p>
      )}
      {choices.map((choice, index) => {
        const inputId = `${id}-${choice.value}`;
        const descriptionId = choice.description ? `${inputId}-description` : undefined;
        return (
          <div className="form-check" key={choice.value}>
            <input
              id={inputId}
              ref={index === 0 ? firstInputRef : undefined}
              name={id}
              type={type}
              value={choice.value}
              checked={isChecked(choice.value)}
              onChange={(event) => toggle(choice.value, event.target.checked)}
              aria-describedby={descriptionId}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={inputId}>
              {choice.label}
              {choice.description && (
                <span id={descriptionId} className="cantiere-choice-description">
                  {choice.description}
                </span>
              )}
            </label>
          </div>
        );
      })}
      {error && (
        <div id={errorId} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </fieldset>
  );
}
