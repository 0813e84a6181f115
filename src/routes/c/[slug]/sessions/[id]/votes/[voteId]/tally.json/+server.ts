// The tally file of a published vote: rules, members, ballots as counted, paper counts, the hash-chained log and the
// stored result, for anyone to recompute (format: src/lib/tally/tally-file.ts; verifier: npm run verify -- FILE).
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { tallyFileOf } from '$lib/server/plenaries/tally-file.server';
import { voteContext } from '../../../../shared.server';

export const GET: RequestHandler = (event) => {
	const { vote } = voteContext(event);
	if (vote.state !== 'published') error(404, 'not_found');
	return apiJson(tallyFileOf(vote.id));
};
