// Fills every unfinished message of a .ts file with its own source text (for the catalogue of the
// source language, zh_CN, which has a single plural form). Usage: node scripts/fill-identity-translations.mjs FILE.ts
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
let text = readFileSync(file, 'utf8');
text = text.replace(/<message( numerus="yes")?>([\s\S]*?)<\/message>/g, (whole, numerus, body) => {
  const source = /<source>([\s\S]*?)<\/source>/.exec(body);
  if (!source || !/<translation type="unfinished"/.test(body)) return whole;
  const filled = numerus ? `<translation><numerusform>${source[1]}</numerusform></translation>`
                         : `<translation>${source[1]}</translation>`;
  return `<message${numerus ?? ''}>` +
    body.replace(/<translation type="unfinished"(?:\/>|>[\s\S]*?<\/translation>)/, filled) + '</message>';
});
writeFileSync(file, text);
