// "Vérifier mon reçu" on a published vote's page: `?receipt=CODE` finds the code in the published log.
import { findReceipt, readLog, type ReceiptCheck } from '$lib/server/plenaries/vote-log';

export function voteReceiptCheck(vote: { id: number; state: string }, url: URL): ReceiptCheck {
	const code = url.searchParams.get('receipt')?.slice(0, 64) ?? '';
	if (vote.state !== 'published' || !code.trim()) return null;
	return { code, found: findReceipt(readLog(vote.id), code) };
}
