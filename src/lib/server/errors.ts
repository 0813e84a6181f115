// A refusal a service explains to the user: `code` is a message key, `field` the form field it concerns.
// Defined in src/lib/errors.ts (the pure tally engine, which also runs in the browser, throws it too).
export { DomainError } from '../errors';
