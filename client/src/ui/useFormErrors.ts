import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage, problemOf, type Problem } from './problems';

/** The reason each field is wrong (tooShort, taken…), translated only when shown. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/**
 * Errors of one form: per field, plus one for the whole form. Showing errors moves the focus to
 * the first wrong field, so keyboard and screen reader users land where the fix is needed.
 */
export function useFormErrors<Field extends string>(
  fields: readonly Field[],
  /**
   * Where a field's sentences live under errors.fields, when its name alone would clash with
   * another form's field of the same name (a community's "name" is not a person's).
   */
  messageField: (field: Field) => string = (field) => field,
) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formProblem, setFormProblem] = useState<Problem | null>(null);
  const inputs = useRef(new Map<Field, HTMLElement>());
  const [focusRequest, setFocusRequest] = useState<{ field: Field } | null>(null);

  useEffect(() => {
    if (focusRequest) inputs.current.get(focusRequest.field)?.focus();
  }, [focusRequest]);

  const register = useCallback(
    (field: Field) => (element: HTMLElement | null) => {
      if (element) inputs.current.set(field, element);
      else inputs.current.delete(field);
    },
    [],
  );

  const showFieldErrors = useCallback(
    (errors: FieldErrors<Field>) => {
      setFieldErrors(errors);
      setFormProblem(null);
      const first = fields.find((field) => errors[field]);
      if (first) setFocusRequest({ field: first });
    },
    [fields],
  );

  /** Puts a server error next to its field when the form has that field, above the form otherwise. */
  const showError = useCallback(
    (error: unknown) => {
      const problem = problemOf(error);
      const field = fields.find((candidate) => candidate === problem.field);
      if (problem.code === 'BAD_USER_INPUT' && field) {
        showFieldErrors({ [field]: problem.reason ?? 'invalid' } as FieldErrors<Field>);
      } else {
        setFieldErrors({});
        setFormProblem(problem);
      }
    },
    [fields, showFieldErrors],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormProblem(null);
  }, []);

  /** The sentence to show under a field, or nothing while the field is fine. */
  const errorText = (field: Field) => {
    const reason = fieldErrors[field];
    return reason ? fieldMessage(t, messageField(field), reason) : undefined;
  };

  return { fieldErrors, formProblem, register, showFieldErrors, showError, clear, errorText };
}
