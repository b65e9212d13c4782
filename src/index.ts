// Barrel only: every public name of every stage family, no code.
export * from './core/index.js';
export * from './normalize/index.js';
export * from './tokenize/index.js';
