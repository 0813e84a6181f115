// A Svelte action: every `.table-wrap` inside the node that scrolls sideways (a wide table on a narrow screen)
// becomes a focusable, named region, so that keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
export function keyboardScrollable(node: HTMLElement) {
	const apply = () => {
		for (const el of node.querySelectorAll<HTMLElement>('.table-wrap')) {
			const scrolls = el.scrollWidth > el.clientWidth + 1;
			if (scrolls && el.tabIndex !== 0) {
				el.dataset.keyboardScroll = '';
				el.tabIndex = 0;
				el.setAttribute('role', 'region');
				const caption = el.querySelector('caption')?.textContent?.trim();
				if (caption) el.setAttribute('aria-label', caption);
			} else if (!scrolls && el.dataset.keyboardScroll !== undefined) {
				delete el.dataset.keyboardScroll;
				el.removeAttribute('tabindex');
				el.removeAttribute('role');
				el.removeAttribute('aria-label');
			}
		}
	};
	apply();
	const observer = new ResizeObserver(apply);
	observer.observe(node);
	return { destroy: () => observer.disconnect() };
}
