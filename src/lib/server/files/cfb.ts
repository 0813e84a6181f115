// Legacy Microsoft Office files (.doc, .xls, .ppt) are Compound File Binary containers (MS-CFB). file-type
// only says "cfb" (MSI installers, Outlook messages and encrypted OOXML are CFB too), so we read the
// container's directory and recognise the document by its main stream. Files carrying VBA macros are
// refused (null), as are ambiguous or damaged containers.
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENDOFCHAIN = 0xfffffffe;
const MAX_REGULAR = 0xfffffffa;

export type LegacyOffice = 'doc' | 'xls' | 'ppt';

const MAIN_STREAMS: Record<string, LegacyOffice> = {
	worddocument: 'doc',
	workbook: 'xls',
	book: 'xls',
	'powerpoint document': 'ppt'
};
/** Storages and streams that mean macros or an encrypted package we cannot inspect. */
const REFUSED = new Set(['macros', 'vba', '_vba_project_cur', '_vba_project', 'encryptedpackage', 'encryptioninfo']);

function entryNames(buf: Uint8Array): string[] | null {
	if (buf.length < 512 || SIGNATURE.some((b, i) => buf[i] !== b)) return null;
	const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
	if (view.getUint16(0x1c, true) !== 0xfffe) return null;
	const shift = view.getUint16(0x1e, true);
	if (shift !== 9 && shift !== 12) return null;
	const size = 1 << shift;
	const sectorCount = Math.floor(buf.length / size) - 1;
	const sectorOffset = (n: number) => (n + 1) * size;
	const validSector = (n: number) => n < MAX_REGULAR && n < sectorCount;

	// FAT sector numbers: 109 in the header, then the DIFAT chain
	const fatSectors: number[] = [];
	const fatCount = view.getUint32(0x2c, true);
	for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
	let difat = view.getUint32(0x44, true);
	const seenDifat = new Set<number>();
	while (fatSectors.length < fatCount && validSector(difat) && !seenDifat.has(difat)) {
		seenDifat.add(difat);
		const base = sectorOffset(difat);
		for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(base + i * 4, true));
		difat = view.getUint32(base + size - 4, true);
	}
	if (fatSectors.length < fatCount || fatSectors.some((s) => !validSector(s))) return null;
	const next = (n: number): number => {
		const perSector = size / 4;
		const fatSector = fatSectors[Math.floor(n / perSector)];
		if (fatSector === undefined) return ENDOFCHAIN;
		return view.getUint32(sectorOffset(fatSector) + (n % perSector) * 4, true);
	};

	const names: string[] = [];
	const seen = new Set<number>();
	let sector = view.getUint32(0x30, true);
	while (sector !== ENDOFCHAIN) {
		if (!validSector(sector) || seen.has(sector)) return null;
		seen.add(sector);
		const base = sectorOffset(sector);
		for (let e = 0; e < size / 128; e++) {
			const at = base + e * 128;
			const type = buf[at + 0x42];
			if (type !== 1 && type !== 2 && type !== 5) continue;
			const length = Math.min(64, view.getUint16(at + 0x40, true));
			let name = '';
			for (let i = 0; i + 1 < length - 1; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
			names.push(name);
		}
		sector = next(sector);
	}
	return names;
}

/** Which legacy Office document a CFB container holds, or null (not one, macros, encrypted, damaged). */
export function legacyOfficeKind(buf: Uint8Array): LegacyOffice | null {
	let names: string[] | null;
	try {
		names = entryNames(buf);
	} catch {
		return null;
	}
	if (!names) return null;
	const lower = names.map((n) => n.toLowerCase());
	if (lower.some((n) => REFUSED.has(n))) return null;
	const kinds = new Set(lower.map((n) => MAIN_STREAMS[n]).filter((k): k is LegacyOffice => k !== undefined));
	return kinds.size === 1 ? [...kinds][0] : null;
}
