/** The explorer's sections, in reading order: each its own address under /explorer. */
export const sections = [
  'discovery',
  'request',
  'timeline',
  'token',
  'jwt',
  'snippets',
  'diagram',
  'compliance',
  'grants',
  'learn',
] as const;
export type Section = (typeof sections)[number];

export const sectionPath = (section: Section): string => `/${section}`;
