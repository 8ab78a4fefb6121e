import "server-only";
import PDFDocument from "pdfkit";

/**
 * What every PDF of the portal shares (the statements, the membership receipts, the meetings'
 * minutes): a pdfkit document with its built-in Helvetica, read back as one Buffer, and the page
 * numbers in the footer.
 */

// Helvetica's encoding (WinAnsi) has no narrow no-break space, which French formats use.
export const pdfText = (text: string) => text.replace(/\u202f/g, "\u00a0");

/** A new document, and the Buffer it becomes once `doc.end()` is called. */
export function openPdf(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, done };
}

/**
 * "<label> — page 2 sur 5", centred at the foot of every page of a document opened with
 * `bufferPages: true`; call it once everything else is written.
 */
export function numberPages(doc: PDFKit.PDFDocument, label: string, margin: number) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Written in the bottom margin: lifted so that pdfkit does not open a page for it.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).text(pdfText(`${label} — page ${i + 1} sur ${range.count}`), margin, doc.page.height - margin, {
      width: doc.page.width - 2 * margin,
      align: "center",
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
