import { uploadContractDocumentAction } from "@/app/gestion/contrats/actions";
import { receiveDocumentUpload } from "@/lib/contracts/document-upload";

/** A contract's PDF, posted as multipart/form-data by the contract page's form (lib/contracts/document-upload.ts). */
export async function POST(request: Request) {
  return receiveDocumentUpload(request, uploadContractDocumentAction);
}
