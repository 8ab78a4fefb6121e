import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/core/errors";
import { MAX_PDF_DOCUMENT_BYTES, PDF_DOCUMENT_TOO_LARGE, isPdf, pdfFileSchema, readPdfDocument } from "@/lib/uploads/pdf-file";

const NOT_A_PDF = "Pas un PDF.";
const pdf = (size = 32) => new File([Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(Math.max(0, size - 9))])], "a.pdf", { type: "application/pdf" });

describe("PDF documents", () => {
  it("knows a PDF by its first bytes, whatever its name says", () => {
    expect(isPdf(Buffer.from("%PDF-1.4 rest"))).toBe(true);
    expect(isPdf(Buffer.from("%PDF"))).toBe(false);
    expect(isPdf(Buffer.from("\x89PNG\r\n\x1a\n"))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });

  it("reads a PDF and refuses anything else on the file field", async () => {
    expect((await readPdfDocument(pdf(), NOT_A_PDF)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const png = new File([Buffer.from("\x89PNG\r\n\x1a\n....")], "faux.pdf", { type: "application/pdf" });
    const refusal = await readPdfDocument(png, NOT_A_PDF).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).fieldErrors).toEqual({ file: [NOT_A_PDF] });
  });

  it("refuses a file over the limit before reading it", async () => {
    const refusal = await readPdfDocument(pdf(MAX_PDF_DOCUMENT_BYTES + 1), NOT_A_PDF).catch((error: unknown) => error);
    expect((refusal as ValidationError).fieldErrors).toEqual({ file: [PDF_DOCUMENT_TOO_LARGE] });
  });

  it("takes an empty, nameless form part as no file", () => {
    const schema = pdfFileSchema("Choisissez un fichier PDF.");
    const empty = schema.safeParse(new File([], ""));
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("Choisissez un fichier PDF.");
    expect(schema.safeParse(pdf()).success).toBe(true);
    expect(schema.safeParse(pdf(MAX_PDF_DOCUMENT_BYTES + 1)).error?.issues[0]?.message).toBe(PDF_DOCUMENT_TOO_LARGE);
  });
});
