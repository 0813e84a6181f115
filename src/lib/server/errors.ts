// A refusal a service explains to the user: `code` is a message key, `field` the form field it concerns.
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
