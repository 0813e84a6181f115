// /admin/councils has no page of its own: the list of councils is the administration's front page.
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => redirect(308, '/admin');
