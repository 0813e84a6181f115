// Runs one declared action for the caller within the council: see src/lib/server/actions/api.ts.
import type { RequestHandler } from './$types';
import { runApiAction } from '$lib/server/actions/api';

export const POST: RequestHandler = ({ request, locals, params }) => runApiAction(request, locals, params.slug, params.name);
