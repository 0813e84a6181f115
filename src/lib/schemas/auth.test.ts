import { describe, expect, it } from 'vitest';
import { safeRedirect } from './auth';

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
});
