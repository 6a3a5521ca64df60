/** Joins the ids of a field's hint and error for aria-describedby, or nothing when there are none. */
export function describedBy(...ids: Array<string | undefined>): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}
