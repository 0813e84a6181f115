// Markdown written by users (proposal bodies, comments…) → HTML that is safe to insert with {@html}.
// Two layers: marked never lets raw HTML through (tags are dropped, their text kept and escaped), then
// sanitize-html keeps only an allow-list of tags and attributes, and only http/https/mailto links.
// Images are never loaded: an image (always on another site, since only http/https sources are kept) becomes a
// link labelled with its alt text, so that reading a page does not tell a third party who read it and when.
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Raw HTML inside Markdown: keep its readable text, drop every tag (and the content of script/style). */
function stripRawHtml(token: Tokens.HTML | Tokens.Tag): string {
	return sanitizeHtml(token.text, { allowedTags: [], allowedAttributes: {} });
}

const markdown = new Marked({ gfm: true, breaks: false, async: false });
markdown.use({ renderer: { html: stripRawHtml } });

const LINK = /^(https?:\/\/|mailto:)/i;
const IMAGE = /^https?:\/\//i;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function sanitizeOptions(headingOffset: number): sanitizeHtml.IOptions {
	const shift: Record<string, string> = {};
	if (headingOffset > 0) {
		for (const [i, tag] of HEADINGS.entries()) shift[tag] = HEADINGS[Math.min(5, i + headingOffset)];
	}
	return {
		allowedTags: [...HEADINGS, 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'del', 's', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'span'],
		allowedAttributes: {
			a: ['href', 'title', 'rel', 'target'],
			ol: ['start'],
			th: ['align'],
			td: ['align'],
			span: ['class']
		},
		allowedClasses: { code: ['language-*'], span: ['task'] },
		allowedSchemes: ['http', 'https', 'mailto'],
		allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
		allowProtocolRelative: false,
		allowedStyles: {},
		disallowedTagsMode: 'discard',
		// script/style/… content is dropped with the tag
		nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'svg', 'math'],
		transformTags: {
			...shift,
			a: (tagName, attribs) => {
				const href = (attribs.href ?? '').trim();
				const out: sanitizeHtml.Attributes = {};
				if (LINK.test(href)) out.href = href;
				if (attribs.title) out.title = attribs.title;
				return { tagName, attribs: { ...out, rel: 'nofollow noopener noreferrer', target: '_blank' } };
			},
			img: (_tagName, attribs) => {
				const src = (attribs.src ?? '').trim();
				const alt = (attribs.alt ?? '').trim();
				if (!IMAGE.test(src)) return { tagName: 'span', attribs: {}, text: alt };
				const out: sanitizeHtml.Attributes = { href: src, rel: 'nofollow noopener noreferrer', target: '_blank' };
				if (attribs.title) out.title = attribs.title;
				return { tagName: 'a', attribs: out, text: alt || src };
			},
			// GFM task lists: a read-only marker instead of a form control
			input: (_tagName, attribs) => ({
				tagName: 'span',
				attribs: { class: 'task' },
				text: attribs.checked !== undefined ? '☑ ' : '☐ '
			})
		}
	};
}

const cache = new Map<number, sanitizeHtml.IOptions>();

/**
 * Renders user Markdown to sanitised HTML.
 * `headingOffset` demotes headings (1: `#` becomes h2), for bodies shown under a page's own h1.
 */
export function renderMarkdown(source: string, options: { headingOffset?: number } = {}): string {
	const offset = Math.max(0, Math.min(5, Math.trunc(options.headingOffset ?? 0)));
	let opts = cache.get(offset);
	if (!opts) cache.set(offset, (opts = sanitizeOptions(offset)));
	const html = markdown.parse(source ?? '', { async: false }) as string;
	return sanitizeHtml(html, opts).trim();
}
