/** The themes a community can have, as the hub names them; their words are in the i18n files. */
export const THEMES = [
  'PNRR',
  'FORME_ASSOCIATE',
  'DIGITALIZZAZIONE',
  'AMBIENTE',
  'APPALTI',
  'PERSONALE',
  'BILANCIO',
  'AREE_INTERNE',
  'TERRITORI_MONTANI',
  'GOVERNANCE',
] as const;

export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The most themes one community may have. */
export const MAX_THEMES = 5;
