// A vote's result as JSON: the vote's rules and the frozen result (figures, breakdown by college, decision).
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { resultJson } from '$lib/server/plenaries/exports';
import { exportableVote } from '../exportable.server';

export const GET: RequestHandler = (event) => apiJson(resultJson(exportableVote(event)));
