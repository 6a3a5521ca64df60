/** Tags such as a PNRR measure ("M1C3 INV 2.1") or a law ("D.Lgs. 36/2023 art. 50"), written in one box. */

export const MAX_TAGS = 5;
export const MAX_TAG_LENGTH = 60;

/** "M1C3 INV 2.1, ReGiS" → ["M1C3 INV 2.1", "ReGiS"]: commas separate, repeats count once. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,;\n]/)
    .map((tag) => tag.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...new Set(tags)];
}

/** The reason a list of tags is refused, matching the hub's rules. */
export function tagsReason(tags: string[]): string | undefined {
  if (tags.length > MAX_TAGS) return 'tooMany';
  return tags.some((tag) => tag.length > MAX_TAG_LENGTH) ? 'tooLong' : undefined;
}
