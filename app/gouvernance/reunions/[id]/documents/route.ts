import { uploadMeetingDocumentAction } from "@/app/gouvernance/reunions/actions";
import { receiveMeetingDocumentUpload } from "@/lib/governance/meetings/document-upload";

/** A meeting's PDF, posted as multipart/form-data by the meeting page's form (lib/governance/meetings/document-upload.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return receiveMeetingDocumentUpload(request, (await params).id, uploadMeetingDocumentAction);
}
