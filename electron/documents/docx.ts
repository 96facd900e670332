/** Prints a document model (blocks.ts) with the Nghị định 30 builder. */
import { Table, type FileChild } from 'docx';
import { heading, nd30Document, pageBreak, para, recipients, signatures, signer, table, text, titleBlock, toBuffer } from './nd30';
import type { Block, DocModel, DocPart } from './blocks';

function blockChildren(b: Block, keepNext = false): FileChild[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.text)];
    case 'para':
      return [para(b.runs.map((r) => text(r.text, { bold: r.bold, italic: r.italic })), { keepNext: keepNext || b.keepNext })];
    case 'table':
      return [table(b.rows, { widths: b.widths, header: true, align: b.align, markRows: b.markRows })];
    case 'pageBreak':
      return [pageBreak()];
  }
}

/**
 * An empty line between two tables that meet (a part's last table and its signatures): Word joins
 * tables with nothing between them into one. Nowhere else: under a table the next heading or
 * sentence has its own space above, and an empty line under each table of a counting record only
 * lengthened it, as it had the review's (its signatures pushed overleaf).
 */
function tablesApart(children: FileChild[]): FileChild[] {
  return children.flatMap((c, i) => (c instanceof Table && children[i + 1] instanceof Table ? [c, para('', { before: 0 })] : [c]));
}

function partBody(p: DocPart, lang: DocModel['lang']): FileChild[] {
  const s = p.signatures;
  // The closing paragraph stays with the signatures, and the paragraph before it with the closing,
  // so a page never holds the closing sentence and the signatures alone. Only that one is tied:
  // LibreOffice moves a keep-with-next paragraph whole rather than split it, and a counting
  // record's five-line announcement, kept, went whole to page 2 although page 1 had room for it
  // under the results table. So a record ends on short paragraphs (the verdict, each person's
  // result), and the last of them goes overleaf with the closing when the signatures do not fit.
  const last = p.blocks.length - 1;
  const body: FileChild[] = p.blocks.flatMap((b, i) => blockChildren(b, i >= last - 1 && b.kind === 'para'));
  if (!s) return tablesApart(body);
  const right = signer(s.right.titles, s.right.names);
  if (s.left) {
    // "Nơi nhận" below the left signer, in the table's one row, so no page break comes between them.
    body.push(signatures({ left: signer(s.left.titles, s.left.names), right, under: s.recipients && recipients(lang, s.recipients) }));
  } else {
    body.push(signatures({ left: s.recipients ? recipients(lang, s.recipients) : undefined, right }));
  }
  return tablesApart(body);
}

export async function renderDocx(model: DocModel): Promise<Buffer> {
  const [first, ...rest] = model.parts;
  const more = rest.map((p) => [...titleBlock(p.header, p.title, p.subtitle, model.lang), ...partBody(p, model.lang)]);
  return toBuffer(nd30Document({ lang: model.lang, header: first.header, title: first.title, subtitle: first.subtitle, body: partBody(first, model.lang), more }));
}
