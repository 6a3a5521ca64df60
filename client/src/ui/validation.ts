/** Checks made before sending, matching the hub's own rules, so most mistakes are caught offline. */

/** The same loose shape the hub accepts; the hub has the final word. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const PASSWORD_MIN_LENGTH = 12;

export function emailReason(email: string): string | undefined {
  const trimmed = email.trim();
  if (!trimmed) return 'required';
  if (trimmed.length > 254) return 'tooLong';
  return EMAIL_SHAPE.test(trimmed) ? undefined : 'invalid';
}

/** A length rule on trimmed text: required, tooShort or tooLong. */
export function textReason(value: string, min: number, max: number): string | undefined {
  const length = value.trim().length;
  if (length === 0) return 'required';
  if (length < min) return 'tooShort';
  return length > max ? 'tooLong' : undefined;
}

export function newPasswordReason(password: string): string | undefined {
  if (!password) return 'required';
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  return password.length > 200 ? 'tooLong' : undefined;
}

/** Keeps only the fields that have a problem. */
export function onlyProblems<Field extends string>(reasons: Record<Field, string | undefined>): Partial<Record<Field, string>> {
  return Object.fromEntries(Object.entries(reasons).filter(([, reason]) => reason)) as Partial<Record<Field, string>>;
}
