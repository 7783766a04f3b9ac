#!/usr/bin/env node
/**
 * Writes the binary fixtures of the Slack upload tests into tests/fixtures/slack-files/, from the text below (written
 * for briefbot's tests, about meetings that are made up): a PDF with a text layer, a PDF with none (as a scan has), and
 * a Word document. No library: the PDF is written object by object, the .docx is a zip of three XML parts. The output
 * is the same byte for byte at every run, so the committed files can be checked against it:
 *
 *   node scripts/make-fixtures.js           # write the files
 *   node scripts/make-fixtures.js --check   # exit 1 when a committed file differs from what this makes
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'slack-files');

/** The PDF's text: a headline, a byline date, then paragraphs (each a list of lines as the page sets them). */
const PDF_TEXT = [
  ['Kazakh and Mongolian foreign ministers agree on new rail corridor'],
  ['12 March 2025'],
  [
    'ASTANA - Kazakhstan\u2019s Foreign Minister Murat Nurtleu met Mongolia\u2019s Foreign Minister',
    'Battsetseg Batmunkh in Astana on Tuesday to discuss a rail corridor linking the two',
    'countries through the Altai region, the ministry said in a statement.',
  ],
  [
    'The two ministers reviewed the progress of a feasibility study and agreed to set up a joint',
    'working group on customs procedures at the border. They also discussed cooperation in',
    'renewable energy and the exchange of students between their universities.',
  ],
  [
    'Later the same day, Batmunkh was received by President Kassym-Jomart Tokayev, who said',
    'that closer transport links would benefit the whole of Central Asia. The Mongolian minister',
    'invited Nurtleu to visit Ulaanbaatar in the autumn.',
  ],
];

/** The Word document's paragraphs: no date anywhere, so the briefing it makes is undated. */
const DOCX_PARAGRAPHS = [
  'Chilean and Uruguayan ministers discuss fisheries in Montevideo',
  'MONTEVIDEO - Chile\u2019s Foreign Minister Alberto van Klaveren held talks with Uruguay\u2019s Foreign Minister ' +
    'Omar Paganini in Montevideo on fisheries in the South Atlantic and the protection of migratory species.',
  'The ministers agreed to share data from their research vessels and to coordinate their positions ahead of the ' +
    'next regional fisheries conference. They also spoke about trade in wine and dairy products.',
  'Van Klaveren thanked his host for the hospitality and said that the relationship between the two countries had ' +
    'never been closer.',
];

// ---- PDF ----------------------------------------------------------------------------------------------------------

/** A PDF string literal's text, escaped, in WinAnsi (Latin-1 and the typographic quotes). */
const pdfString = (text) =>
  `(${text
    .replace(/\u2019/g, '\u0092')
    .replace(/[\\()]/g, (c) => `\\${c}`)
    .replace(/[\u0080-\u00ff]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)})`;

/** A one-page PDF: `content` is the page's content stream, `fonts` whether it uses Helvetica. */
function pdf(content, fonts) {
  const resources = fonts ? '<< /Font << /F1 5 0 R >> >>' : '<< >>';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources ${resources} >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The text PDF: 11-point lines 14 points apart, paragraphs 28 apart. */
function textPdf() {
  const ops = ['BT', '/F1 11 Tf', '14 TL', '56 780 Td'];
  PDF_TEXT.forEach((paragraph, i) => {
    if (i > 0) ops.push('0 -14 Td');
    paragraph.forEach((line, j) => ops.push(`${j > 0 || i > 0 ? 'T* ' : ''}${pdfString(line)} Tj`));
  });
  ops.push('ET');
  return pdf(ops.join('\n'), true);
}

/** A PDF as a scanner makes it, without a text layer: here only grey shapes where the lines of text would be. */
function scannedPdf() {
  const bars = Array.from({ length: 12 }, (_, i) => `56 ${760 - i * 18} 480 9 re f`);
  return pdf(['0.6 g', ...bars].join('\n'), false);
}

// ---- DOCX (a zip) -------------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zip of stored (uncompressed) entries, dated 1 January 1980 so that the bytes never change. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(33, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(33, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word document of paragraphs, the first styled as a title. */
function docx(paragraphs) {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = paragraphs
    .map(
      (text, i) =>
        `<w:p>${i === 0 ? '<w:pPr><w:pStyle w:val="Title"/></w:pPr>' : ''}` +
        `<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`,
    )
    .join('');
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Target="word/document.xml" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD}"><w:body>${body}` +
        '</w:body></w:document>',
    ],
  ]);
}

// ---- main ---------------------------------------------------------------------------------------------------------

const FILES = {
  'ministers-astana.pdf': textPdf(),
  'scanned-letter.pdf': scannedPdf(),
  'fisheries-montevideo.docx': docx(DOCX_PARAGRAPHS),
};

const check = process.argv.includes('--check');
let differs = 0;
mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(FILES)) {
  const path = join(OUT, name);
  if (!check) writeFileSync(path, bytes);
  else {
    let committed;
    try {
      committed = readFileSync(path);
    } catch {
      committed = undefined;
    }
    if (!committed || !committed.equals(bytes)) {
      differs += 1;
      console.error(`make-fixtures: ${path} differs from what scripts/make-fixtures.js makes; run it again`);
    }
  }
}
if (differs > 0) process.exit(1);
if (!check) console.log(`make-fixtures: wrote ${Object.keys(FILES).length} files in ${OUT}`);
