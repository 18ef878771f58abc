/** The criteria set id an assessment file names, read without validating the rest. */
export function criteriaSetIdOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const id = (data as { criteriaSet?: unknown }).criteriaSet;
  return typeof id === 'string' ? id : undefined;
}
