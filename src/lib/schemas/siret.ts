// SIRET numbers (French establishment identifiers): 14 digits whose Luhn key checks, except the
// establishments of La Poste (SIREN 356 000 000), whose digits may instead add up to a multiple of 5.

/** Keeps the digits of what was typed ("123 456 789 00012" → "12345678900012"). */
export function compactSiret(value: string): string {
	return value.replace(/[\s.-]/g, '');
}

function luhn(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return sum % 10 === 0;
}

export function isValidSiret(value: string): boolean {
	if (!/^\d{14}$/.test(value)) return false;
	if (luhn(value)) return true;
	return value.startsWith('356000000') && [...value].reduce((s, d) => s + Number(d), 0) % 5 === 0;
}
