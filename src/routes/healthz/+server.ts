import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/client';

export const GET: RequestHandler = () => {
	try {
		db().$client.prepare('select 1').get();
		return json({ status: 'ok', database: 'ok' });
	} catch {
		return json({ status: 'error', database: 'unreachable' }, { status: 503 });
	}
};
