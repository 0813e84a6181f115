// The voter's receipt codes (the first characters of their log entry's hash), kept on this device only
// (localStorage), so that the voting screen still shows them after a reload and nobody else sees them.
const receiptKey = (voteId: number, representedId: number) => `cocon:receipt:${voteId}:${representedId}`;

export function saveReceipt(voteId: number, representedId: number, code: string): void {
	try {
		localStorage.setItem(receiptKey(voteId, representedId), code);
	} catch {
		// private mode: the code is still shown until the page is left
	}
}

export function receiptFor(voteId: number, representedId: number): string | null {
	try {
		return localStorage.getItem(receiptKey(voteId, representedId));
	} catch {
		return null;
	}
}
