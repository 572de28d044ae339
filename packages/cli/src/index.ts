export { EXIT, type Io } from './io.js';
export { main, VERSION } from './program.js';
