// Zod's default messages, translated: evaluated when a value is parsed, so in the locale of that request.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

let installed = false;

export function installZodMessages(): void {
	if (installed) return;
	installed = true;
	z.config({
		customError: (issue) => {
			switch (issue.code) {
				case 'too_small':
					if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? m.common_v_required() : m.common_v_too_short({ min: String(issue.minimum) });
					if (issue.origin === 'array' || issue.origin === 'set') return m.common_v_choose_one();
					return m.common_v_min({ min: String(issue.minimum) });
				case 'too_big':
					if (issue.origin === 'string') return m.common_v_too_long({ max: String(issue.maximum) });
					return m.common_v_max({ max: String(issue.maximum) });
				case 'invalid_format':
					if (issue.format === 'email') return m.common_v_email();
					if (issue.format === 'url') return m.common_v_url();
					return m.common_v_invalid();
				case 'invalid_type':
					if (issue.input === undefined || issue.input === null || issue.input === '') return m.common_v_required();
					if (issue.expected === 'number' || issue.expected === 'int') return m.common_v_number();
					return m.common_v_invalid();
				case 'invalid_value':
					return m.common_v_choice();
				default:
					return m.common_v_invalid();
			}
		}
	});
}

installZodMessages();
