import { describe, expect, it } from 'vitest';
import { newAccountSchema, password, safeRedirect } from './auth';

describe('safeRedirect', () => {
	it('keeps paths on this site', () => {
		expect(safeRedirect('/account')).toBe('/account');
		expect(safeRedirect('/c/ess-eurometropole-demo/members?page=2#top')).toBe('/c/ess-eurometropole-demo/members?page=2#top');
	});

	it('refuses anything that could leave the site', () => {
		for (const target of [
			null,
			undefined,
			'',
			'https://evil.example/',
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'/\r\n/evil.example',
			'\\\\evil.example',
			'javascript:alert(1)',
			'account'
		]) {
			expect(safeRedirect(target), JSON.stringify(target)).toBe('/');
		}
		expect(safeRedirect('//evil.example', '/login')).toBe('/login');
	});

	it('percent-encodes characters a Location header cannot carry', () => {
		expect(safeRedirect('/€')).toBe('/%E2%82%AC');
		expect(safeRedirect('/c/ess?q=café rouge#§')).toBe('/c/ess?q=caf%C3%A9%20rouge#%C2%A7');
		expect(safeRedirect('/%E2%82%AC')).toBe('/%E2%82%AC');
		for (const target of [safeRedirect('/€'), safeRedirect('/a?b=ü')]) expect(() => new Headers({ location: target })).not.toThrow();
	});
});

describe('password', () => {
	it('refuses a password made only of spaces, whatever its length', () => {
		expect(password().safeParse(' '.repeat(20)).success).toBe(false);
		expect(password().safeParse('\t'.repeat(4) + ' '.repeat(12)).success).toBe(false);
		expect(password().safeParse('  a long enough password  ').success).toBe(true);
		const account = newAccountSchema.safeParse({ name: 'Ana', email: 'ana@example.org', password: ' '.repeat(12), confirm: ' '.repeat(12) });
		expect(account.success).toBe(false);
		expect(account.error?.issues.map((i) => i.path.join('.'))).toContain('password');
	});
});
