// Barrel only: every public name of every stage family, no code.
export * from './core/index.js';
export * from './normalize/index.js';
export * from './tokenize/index.js';
export * from './dates/index.js';
export * from './places/index.js';
export * from './entities/index.js';
export * from './lang/index.js';
export * from './display/index.js';
export { analyze, defaultStages } from './analyze.js';
export type { AnalyzeOptions } from './analyze.js';
