// The fictional example province as text (its own lazily loaded chunk, see example.ts).

/** The 2023 assessments, by path. */
export const CURRENT = import.meta.glob<string>('../../../examples/minh-son/2023/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The 2022 results (field totals), by path. */
export const PREVIOUS = import.meta.glob<string>('../../../examples/minh-son/2022/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
