import type { ReactNode } from "react";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { buttonClass } from "@/components/ui/styles";
import type { FormAction } from "@/components/forms/use-action-form";
import { formatDay } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import { MAX_PDF_DOCUMENT_BYTES } from "@/lib/uploads/pdf-file";

export type ListedDocument = { id: string; title: string; bytes: number; createdAt: Date; uploadedBy: { name: string } | null };

const kilobytes = (bytes: number) => `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} Ko`;

/**
 * The PDF documents of a record (a contract, a meeting): the list with their links, and for those
 * who keep them a deletion behind a ticked box and the upload form, a plain multipart post to the
 * record's upload route (lib/uploads/pdf-document-upload.ts) that works without JavaScript.
 */
export function DocumentsPanel<T>({
  documents,
  href,
  empty,
  editing,
}: {
  documents: ListedDocument[];
  href: (documentId: string) => string;
  empty: string;
  /** Present when the reader may add and delete documents now. */
  editing?: {
    deleteAction: FormAction<T>;
    uploadUrl: string;
    /** The refusal of the last upload, from the page's query (a known code's text, never the request's). */
    refusal: string | null;
    titleMax: number;
    /** What such documents are, under the file field. */
    hint: ReactNode;
  };
}) {
  return (
    <Panel id="titre-documents" title="Documents">
      {documents.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-start justify-between gap-4 py-3">
              <div>
                <a href={href(document.id)} className="font-medium text-brand-800 underline underline-offset-2">
                  {document.title} (PDF, {kilobytes(document.bytes)})
                </a>
                <p className="text-sm text-slate-700">
                  Ajouté le {formatDay(document.createdAt)}
                  {document.uploadedBy ? ` par ${document.uploadedBy.name}` : ""}
                </p>
              </div>
              {editing ? (
                <details>
                  <summary className="cursor-pointer text-red-800 underline">Supprimer « {document.title} »</summary>
                  <div className="mt-2">
                    <ConfirmedActionForm
                      id={`document-${document.id}`}
                      action={editing.deleteAction}
                      fields={{ documentId: document.id }}
                      confirm={`Oui, supprimer définitivement « ${document.title} »`}
                      buttonLabel="Supprimer le document"
                      variant="danger"
                      pendingLabel="Suppression…"
                    />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <form action={editing.uploadUrl} method="post" encType="multipart/form-data" className="space-y-4 border-t border-slate-200 pt-4" aria-labelledby="titre-ajout-document">
          <h3 id="titre-ajout-document" className="font-semibold">
            Ajouter un document PDF
          </h3>
          {editing.refusal ? (
            <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
              {editing.refusal}
            </p>
          ) : null}
          <div className="space-y-1">
            <label htmlFor="document-title" className="block text-sm font-medium">
              Titre du document
            </label>
            <input id="document-title" name="title" required maxLength={editing.titleMax} className={controlClass} autoComplete="off" />
          </div>
          <div className="space-y-1">
            <label htmlFor="document-file" className="block text-sm font-medium">
              Fichier PDF
            </label>
            <p id="document-file-hint" className="text-sm text-slate-700">
              Un PDF de {MAX_PDF_DOCUMENT_BYTES / 1024 / 1024} Mo au plus : {editing.hint}
            </p>
            <input id="document-file" name="file" type="file" accept="application/pdf,.pdf" required aria-describedby="document-file-hint" className="block" />
          </div>
          <button type="submit" className={buttonClass("primary")}>
            Envoyer le document
          </button>
        </form>
      ) : null}
    </Panel>
  );
}
