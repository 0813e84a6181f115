// Exact rational numbers (bigint numerator / denominator) for tallies: thresholds such as "two thirds" and
// college-weighted shares are compared exactly, never with floating point. Results leave this module as
// plain { num, den, value } objects; `value` is the unrounded float, for display only.

export type Fraction = { num: number; den: number; value: number };

function gcd(a: bigint, b: bigint): bigint {
	a = a < 0n ? -a : a;
	b = b < 0n ? -b : b;
	while (b !== 0n) [a, b] = [b, a % b];
	return a;
}

/** Parses a finite JS number as the exact decimal it prints as (33.33 → 3333/100, not the binary float). */
function decimalParts(x: number): [bigint, bigint] {
	if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
	if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return [BigInt(x), 1n];
	const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(x));
	if (!match) throw new RangeError(`cannot read number: ${x}`);
	const [, sign, whole, frac = '', exp = '0'] = match;
	let num = BigInt(whole + frac);
	let den = 10n ** BigInt(frac.length);
	const e = Number(exp);
	if (e > 0) num *= 10n ** BigInt(e);
	else if (e < 0) den *= 10n ** BigInt(-e);
	return [sign ? -num : num, den];
}

export class Q {
	readonly n: bigint;
	readonly d: bigint;

	private constructor(n: bigint, d: bigint) {
		if (d === 0n) throw new RangeError('division by zero');
		if (d < 0n) [n, d] = [-n, -d];
		const g = gcd(n, d) || 1n;
		this.n = n / g;
		this.d = d / g;
	}

	static readonly ZERO = new Q(0n, 1n);
	static readonly ONE = new Q(1n, 1n);

	static of(n: bigint | number, d: bigint | number = 1n): Q {
		const [nn, nd] = typeof n === 'number' ? decimalParts(n) : [n, 1n];
		const [dn, dd] = typeof d === 'number' ? decimalParts(d) : [d, 1n];
		return new Q(nn * dd, nd * dn);
	}

	add(o: Q): Q {
		return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
	}
	sub(o: Q): Q {
		return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
	}
	mul(o: Q): Q {
		return new Q(this.n * o.n, this.d * o.d);
	}
	div(o: Q): Q {
		return new Q(this.n * o.d, this.d * o.n);
	}
	/** -1, 0 or 1, by integer cross-multiplication. */
	cmp(o: Q): number {
		const l = this.n * o.d;
		const r = o.n * this.d;
		return l < r ? -1 : l > r ? 1 : 0;
	}
	eq(o: Q): boolean {
		return this.cmp(o) === 0;
	}
	gt(o: Q): boolean {
		return this.cmp(o) > 0;
	}
	gte(o: Q): boolean {
		return this.cmp(o) >= 0;
	}
	isZero(): boolean {
		return this.n === 0n;
	}
	/** Smallest integer ≥ this. */
	ceil(): bigint {
		const q = this.n / this.d;
		return this.n % this.d === 0n || this.n < 0n ? q : q + 1n;
	}
	toNumber(): number {
		return Number(this.n) / Number(this.d);
	}
	toJSON(): Fraction {
		return { num: Number(this.n), den: Number(this.d), value: this.toNumber() };
	}
}

export function sum(values: Q[]): Q {
	return values.reduce((a, b) => a.add(b), Q.ZERO);
}
