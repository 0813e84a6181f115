import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formFailure, parseForm } from './forms';

function post(fields: Record<string, string>): Request {
	const body = new URLSearchParams(fields);
	return new Request('http://localhost/x', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

describe('form values echoed back after a failure', () => {
	it('never carry the password nor its confirmation', async () => {
		const schema = z.object({ name: z.string().min(3), password: z.string().min(12), confirm: z.string() });
		const form = await parseForm(post({ name: 'A', password: 'short', confirm: 'short-confirmation', newPassword: 'x' }), schema);
		expect(form.ok).toBe(false);
		const data = !form.ok ? (form.failure.data as { values: Record<string, unknown> }) : null;
		expect(data?.values).toEqual({ name: 'A' });
		expect(JSON.stringify(form)).not.toContain('short-confirmation');
	});

	it('drop them from values given by hand too', () => {
		const failure = formFailure({ form: 'no' }, { email: 'a@example.org', password: 'p', confirm: 'p', passwordConfirm: 'p' });
		expect(failure.data.values).toEqual({ email: 'a@example.org' });
	});
});
