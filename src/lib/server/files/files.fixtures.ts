// Small but real file contents for the upload tests: each one is recognised by its signature like a real file.
import { crc32 } from 'node:zlib';

export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64)]);
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126), Buffer.from('PE\0\0'), Buffer.alloc(128)]);
export const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');
export const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');

/** A ZIP archive with stored (uncompressed) entries. */
export function zip(entries: [string, string][]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, content] of entries) {
		const data = Buffer.from(content);
		const fileName = Buffer.from(name);
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(fileName.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(fileName.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, fileName, data);
		centrals.push(central, fileName);
		offset += local.length + fileName.length + data.length;
	}
	const cd = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(cd.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, cd, end]);
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
export const DOCX = zip([
	['[Content_Types].xml', `<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="${OOXML}.wordprocessingml.document.main+xml"/></Types>`],
	['word/document.xml', '<w:document/>']
]);
export const DOCM = zip([
	['[Content_Types].xml', `<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>`],
	['word/document.xml', '<w:document/>']
]);
export const ODT = zip([
	['mimetype', 'application/vnd.oasis.opendocument.text'],
	['content.xml', '<office:document-content/>']
]);
export const PLAIN_ZIP = zip([['notes.txt', 'hello']]);

/** A compound file (512-byte sectors: header, one FAT sector, one directory sector) holding these entries. */
export function cfb(entries: { name: string; type?: 1 | 2 }[]): Buffer {
	const size = 512;
	const header = Buffer.alloc(size);
	Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
	header.writeUInt16LE(0x3e, 0x18);
	header.writeUInt16LE(3, 0x1a);
	header.writeUInt16LE(0xfffe, 0x1c);
	header.writeUInt16LE(9, 0x1e);
	header.writeUInt16LE(6, 0x20);
	header.writeUInt32LE(1, 0x2c); // one FAT sector
	header.writeUInt32LE(1, 0x30); // directory starts at sector 1
	header.writeUInt32LE(4096, 0x38);
	header.writeUInt32LE(0xfffffffe, 0x3c);
	header.writeUInt32LE(0xfffffffe, 0x44);
	header.fill(0xff, 0x4c);
	header.writeUInt32LE(0, 0x4c); // the FAT is sector 0
	const fat = Buffer.alloc(size, 0xff);
	fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
	fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
	const dir = Buffer.alloc(size);
	const all = [{ name: 'Root Entry', type: 5 }, ...entries.map((e) => ({ name: e.name, type: e.type ?? 2 }))].slice(0, 4);
	all.forEach((entry, i) => {
		const at = i * 128;
		const name = Buffer.from(`${entry.name}\0`, 'utf16le');
		name.copy(dir, at);
		dir.writeUInt16LE(name.length, at + 0x40);
		dir[at + 0x42] = entry.type;
	});
	return Buffer.concat([header, fat, dir]);
}

export function file(content: Buffer | string, name: string, type = 'application/octet-stream'): File {
	return new File([new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content)], name, { type });
}
