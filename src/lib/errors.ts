// A refusal a service explains to the user: `code` is a message key, `field` the form field it concerns.
// Outside src/lib/server so that the pure tally engine (src/lib/tally) can run in the browser too.
export class DomainError extends Error {
	constructor(
		public readonly code: string,
		public readonly field: string = 'form',
		public readonly params: Record<string, unknown> = {}
	) {
		super(code);
		this.name = 'DomainError';
	}
}
