/** @type {import('typedoc').TypeDocOptions} */
export default {
  entryPoints: ['src/index.ts', 'src/node/index.ts'],
  tsconfig: 'tsconfig.src.json',
  // No git remote on a fresh clone; source links would be broken anyway.
  disableSources: true,
  out: 'docs/api',
  excludeInternal: true,
  treatWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
};
