export { fileSource } from './file-source.js';
export { type LoadOptions, type LoadResult, loadNetwork } from './load-network.js';
export { InputError, type ResolvedInput, resolveInputs } from './resolve-inputs.js';
export { writeFileAtomic } from './write-file-atomic.js';
