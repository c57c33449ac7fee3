import { ParseError } from './ParseError.js';

/** An `INVALID_OPTION` error about one option, with one issue at its path. @internal */
export function invalidOption(path: string, message: string): ParseError {
  return new ParseError('INVALID_OPTION', message, [{ code: 'INVALID_OPTION', path: [path], message }]);
}
