import { createNormalizer } from '../normalize/index.js';

let searchNorm: ((text: string) => string) | undefined;

/** The `search` normaliser, compiled on first use. */
export function searchNormalizer(): (text: string) => string {
  return (searchNorm ??= createNormalizer('search'));
}
