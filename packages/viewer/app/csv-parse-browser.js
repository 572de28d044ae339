// csv-parse for the browser bundle (the `csv-parse` alias of vite.config.ts and vite.lib.config.ts).
// csv-parse/browser/esm ships an old stream polyfill: its parser takes only strings (the core writes
// Uint8Array chunks) and has no destroy() (the core calls it, and csv-parse's own _flush listens with it).
// This wraps it: bytes are decoded as UTF-8 in streaming mode, and destroy() ends with a 'close' event.
import { parse as parseStrings } from 'csv-parse-browser-esm';

export * from 'csv-parse-browser-esm';

export function parse(...args) {
  const parser = parseStrings(...args);
  const decoder = new TextDecoder('utf-8');
  const write = parser.write.bind(parser);
  const end = parser.end.bind(parser);
  let closed = false;
  parser.write = (chunk, ...rest) => write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }), ...rest);
  parser.end = (...rest) => {
    const tail = decoder.decode();
    if (tail) write(tail);
    return end(...rest);
  };
  parser.destroy = () => {
    if (closed) return parser;
    closed = true;
    parser.emit('close');
    return parser;
  };
  return parser;
}
