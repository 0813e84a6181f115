import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { renderMarkdown } from './render';

// OWASP XSS filter evasion cheat sheet classics, mXSS and Markdown-specific tricks.
const PAYLOADS: string[] = [
	'<script>alert(1)</script>',
	'<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
	'<scr<script>ipt>alert(1)</scr</script>ipt>',
	'<img src=x onerror=alert(1)>',
	'<IMG SRC="javascript:alert(\'XSS\');">',
	"<IMG SRC=JaVaScRiPt:alert('XSS')>",
	'<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
	'<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'[x](javascript:alert(1))',
	'[x](JaVaScRiPt:alert(1))',
	'[x](&#106;avascript:alert(1))',
	'[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))',
	'[x]( javascript:alert(1))',
	'[x](<javascript:alert(1)>)',
	'[x](java\u0000script:alert(1))',
	'[x](vbscript:msgbox(1))',
	'[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[x][ref]\n\n[ref]: javascript:alert(1)',
	'<javascript:alert(1)>',
	'![x](javascript:alert(1))',
	'![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
	'![x"onerror="alert(1)](https://example.org/a.png)',
	'[x](https://example.org/"onmouseover="alert(1))',
	'<a href="java\tscript:alert(1)">x</a>',
	'<a href="&#14;javascript:alert(1)">x</a>',
	'<a href="javascript&colon;alert(1)">x</a>',
	'<iframe src="https://evil.example"></iframe>',
	'<iframe srcdoc="<script>alert(1)</script>"></iframe>',
	'<object data="javascript:alert(1)"></object>',
	'<embed src="https://evil.example/x.swf">',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'<details open ontoggle=alert(1)>',
	'<div style="width: expression(alert(1))">x</div>',
	'<div style="background:url(javascript:alert(1))">x</div>',
	'<p style="background-image: url(&quot;javascript:alert(1)&quot;)">x</p>',
	'<base href="javascript:alert(1)//">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<form action="javascript:alert(1)"><button>x</button></form>',
	'<button formaction="javascript:alert(1)">x</button>',
	'<input onfocus=alert(1) autofocus>',
	'<a href="data:text/html,<script>alert(1)</script>">x</a>',
	'<body onload=alert(1)>',
	'<video><source onerror="alert(1)"></video>',
	'<link rel="stylesheet" href="javascript:alert(1)">',
	'<style>@import "javascript:alert(1)";</style>',
	'<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
	'<xss onpointerover=alert(1)>x</xss>',
	'<a href="x" onclick="alert(1)">x</a>',
	'**bold**<img src=x onerror=alert(1)>*em*',
	'`code` <script>alert(1)</script>',
	'> quote <img src=x onerror=alert(1)>',
	'| a |\n|---|\n| <img src=x onerror=alert(1)> |'
];

const FORBIDDEN_TAGS = [
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'form',
	'svg',
	'math',
	'base',
	'meta',
	'link',
	'input',
	'button',
	'details',
	'video',
	'source',
	'body',
	'noscript',
	'xss',
	'div'
];
const BAD_URL = /^\s*(javascript|vbscript|data):/i;

/** Every element and attribute the output really contains, as a browser-like parser sees them. */
function elements(html: string): { name: string; attribs: Record<string, string> }[] {
	const out: { name: string; attribs: Record<string, string> }[] = [];
	const parser = new Parser({ onopentag: (name, attribs) => out.push({ name, attribs }) }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
	parser.write(html);
	parser.end();
	return out;
}

describe('renderMarkdown against XSS payloads', () => {
	it('has a long enough list of payloads', () => {
		expect(PAYLOADS.length).toBeGreaterThanOrEqual(25);
	});

	for (const payload of PAYLOADS) {
		it(`neutralises ${JSON.stringify(payload).slice(0, 90)}`, () => {
			const html = renderMarkdown(payload);
			// text is escaped, so every "<" left in the output opens a real tag
			expect(html).not.toMatch(/<\s*(script|iframe|object|embed|form|svg|math|style|base|meta|link)\b/i);
			const tags = html.match(/<[^>]*>/g) ?? [];
			for (const tag of tags) {
				expect(tag).not.toMatch(/\son\w+\s*=/i);
				expect(tag).not.toMatch(/(javascript|vbscript|data)\s*:/i);
				expect(tag).not.toMatch(/\sstyle\s*=/i);
				expect(tag).not.toMatch(/\ssrcdoc\s*=/i);
			}
			for (const el of elements(html)) {
				expect(FORBIDDEN_TAGS).not.toContain(el.name);
				for (const [name, value] of Object.entries(el.attribs)) {
					expect(name).not.toMatch(/^on/);
					expect(['style', 'srcdoc', 'formaction', 'action', 'background']).not.toContain(name);
					if (name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:)/i);
					if (name === 'src') expect(value).toMatch(/^https?:\/\//i);
					expect(value).not.toMatch(BAD_URL);
				}
			}
		});
	}

	it('drops raw HTML tags but keeps their text', () => {
		expect(renderMarkdown('Un <b>mot</b> en gras')).toBe('<p>Un mot en gras</p>');
		expect(renderMarkdown('<a href="javascript:alert(1)">cliquez</a>')).not.toContain('href');
		expect(renderMarkdown('<script>alert(1)</script>')).toBe('');
	});

	it('keeps a link label but removes a dangerous target', () => {
		expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p><a rel="nofollow noopener noreferrer" target="_blank">x</a></p>');
		expect(renderMarkdown('[x](JaVaScRiPt:alert(1))')).not.toContain('href');
		expect(renderMarkdown('[x](&#106;avascript:alert(1))')).not.toContain('href');
		expect(renderMarkdown('[x](/c/demo)')).not.toContain('href');
		expect(renderMarkdown('[x](//evil.example/a)')).not.toContain('href');
	});
});

describe('renderMarkdown renders ordinary Markdown', () => {
	it('renders headings, paragraphs, emphasis and lists', () => {
		const html = renderMarkdown('# Titre\n\n## Sous-titre\n\nUn *mot* et un **autre**, ~~barré~~.\n\n- un\n- deux\n\n1. premier\n2. second');
		expect(html).toContain('<h1>Titre</h1>');
		expect(html).toContain('<h2>Sous-titre</h2>');
		expect(html).toContain('<em>mot</em>');
		expect(html).toContain('<strong>autre</strong>');
		expect(html).toContain('<del>barré</del>');
		expect(html).toMatch(/<ul>\s*<li>un<\/li>\s*<li>deux<\/li>\s*<\/ul>/);
		expect(html).toMatch(/<ol>\s*<li>premier<\/li>/);
	});

	it('demotes headings on request', () => {
		expect(renderMarkdown('# Titre\n\n###### Petit', { headingOffset: 1 })).toBe('<h2>Titre</h2>\n<h6>Petit</h6>');
	});

	it('renders links with rel and target, and mail links', () => {
		expect(renderMarkdown('[Cocon](https://example.org/a?b=1&c=2)')).toBe('<p><a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer" target="_blank">Cocon</a></p>');
		expect(renderMarkdown('<https://example.org>')).toContain('href="https://example.org"');
		expect(renderMarkdown('[écrire](mailto:contact@example.org)')).toContain('href="mailto:contact@example.org"');
		expect(renderMarkdown('[t](http://example.org "Titre")')).toContain('title="Titre"');
	});

	it('renders code, quotes, tables, rules and line breaks', () => {
		expect(renderMarkdown('`a < b`')).toBe('<p><code>a &lt; b</code></p>');
		expect(renderMarkdown('```js\nlet x = "<b>";\n```')).toBe('<pre><code class="language-js">let x = "&lt;b&gt;";\n</code></pre>');
		expect(renderMarkdown('> cité')).toMatch(/<blockquote>\s*<p>cité<\/p>\s*<\/blockquote>/);
		const table = renderMarkdown('| a | b |\n|:--|--:|\n| 1 | 2 |');
		expect(table).toContain('<th align="left">a</th>');
		expect(table).toContain('<td align="right">2</td>');
		expect(renderMarkdown('a\n\n---\n\nb')).toContain('<hr />');
		expect(renderMarkdown('ligne  \nsuivante')).toContain('<br />');
	});

	it('never loads an image from another site: it becomes a link labelled with its alt text', () => {
		expect(renderMarkdown('![logo](https://example.org/l.png)')).toBe('<p><a href="https://example.org/l.png" rel="nofollow noopener noreferrer" target="_blank">logo</a></p>');
		expect(renderMarkdown('![](http://tracker.example/p.gif "Pixel")')).toBe(
			'<p><a href="http://tracker.example/p.gif" rel="nofollow noopener noreferrer" target="_blank" title="Pixel">http://tracker.example/p.gif</a></p>'
		);
		expect(renderMarkdown('![a <b>](https://example.org/x.png)')).toContain('>a &lt;b&gt;</a>');
		expect(renderMarkdown('![logo](/l.png)')).toBe('<p><span>logo</span></p>');
		expect(renderMarkdown('Text ![logo](https://example.org/l.png) and <img src="https://example.org/i.png">')).not.toContain('<img');
	});

	it('shows task list markers without form controls', () => {
		expect(renderMarkdown('- [x] fait\n- [ ] à faire')).toMatch(/<span class="task">☑ <\/span>\s*fait/);
	});

	it('treats text with angle brackets and entities as text', () => {
		expect(renderMarkdown('3 < 5 & 7 > 2')).toBe('<p>3 &lt; 5 &amp; 7 &gt; 2</p>');
		expect(renderMarkdown('')).toBe('');
	});
});
