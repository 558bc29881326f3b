#!/usr/bin/env node
// Converts npm chinese-days' dist/chinese-days.json into resources/data/holidays-cn.json.
//
//   cd /tmp && npm pack chinese-days@1.5.7 && tar xzf chinese-days-1.5.7.tgz
//   node scripts/convert-holidays.mjs /tmp/package/dist/chinese-days.json > resources/data/holidays-cn.json
//
// The source maps dates to "English name,中文名,n" strings; we keep the Chinese name only and
// restrict the range to the years the application ships a calendar for.
import { readFileSync } from 'node:fs';

const FIRST_DAY = '2004-01-01';
const LAST_DAY = '2026-12-31';
const SOURCE =
    'npm chinese-days 1.5.7 (MIT licence, https://github.com/vsme/chinese-days), dist/chinese-days.json; ' +
    'follows the annual holiday notices of the State Council (国务院办公厅关于部分节假日安排的通知). ' +
    'Regenerate with scripts/convert-holidays.mjs.';

const path = process.argv[2];
if (!path) {
    console.error('usage: node convert-holidays.mjs path/to/chinese-days.json > holidays-cn.json');
    process.exit(2);
}

const raw = JSON.parse(readFileSync(path, 'utf8'));
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function chineseName(value, date) {
    const parts = String(value).split(',');
    const name = (parts.length >= 2 ? parts[1] : parts[0]).trim();
    if (!name) {
        throw new Error(`no name for ${date}: ${value}`);
    }
    return name;
}

function convert(map, suffix) {
    if (typeof map !== 'object' || map === null) {
        throw new Error('expected "holidays" and "workdays" objects in the input');
    }
    const result = {};
    for (const date of Object.keys(map).sort()) {
        if (!datePattern.test(date)) {
            throw new Error(`unexpected date key: ${date}`);
        }
        if (date >= FIRST_DAY && date <= LAST_DAY) {
            result[date] = chineseName(map[date], date) + suffix;
        }
    }
    return result;
}

const holidays = convert(raw.holidays, '');
const workdays = convert(raw.workdays, '(调休)');
for (const date of Object.keys(workdays)) {
    if (date in holidays) {
        throw new Error(`${date} is both a holiday and a working day`);
    }
}

// One entry per line: small diffs when the data is regenerated.
const lines = (map) =>
    Object.entries(map)
        .map(([date, name]) => `    ${JSON.stringify(date)}: ${JSON.stringify(name)}`)
        .join(',\n');
process.stdout.write(
    `{\n  "source": ${JSON.stringify(SOURCE)},\n` +
        `  "holidays": {\n${lines(holidays)}\n  },\n` +
        `  "workdays": {\n${lines(workdays)}\n  }\n}\n`,
);
