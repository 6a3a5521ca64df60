import { ValidateBy, type ValidationOptions } from 'class-validator';

/** At least `min` characters once the spaces around are trimmed: a reply of spaces is an empty reply. */
export function TrimmedMinLength(min: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'trimmedMinLength',
      constraints: [min],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length >= min,
        defaultMessage: (args) => `${args?.property} must have at least ${min} characters besides spaces`,
      },
    },
    options,
  );
}
