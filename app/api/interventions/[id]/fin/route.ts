import { readLimitedText, RequestTooLargeError } from "@/lib/uploads/multipart";
import { completeWorkOrder } from "@/lib/work-orders/commands/employee";
import { completeWorkOrderSchema } from "@/lib/work-orders/employee-schemas";
import { employeeSender, isOutcome, json, refused, runCommand, TOO_LARGE } from "../../employee-request";

/** A note of 2,000 characters and its fields fit well within this. */
const MAX_BYTES = 16 * 1024;

/**
 * A completion sent by the phone's queue (JSON: completionKey, note, minutes): the same key again
 * answers the same success without a second move (lib/work-orders/commands/employee.ts).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const sender = await employeeSender(request, MAX_BYTES);
  if (isOutcome(sender)) return json(sender);
  let text: string;
  try {
    text = await readLimitedText(request, MAX_BYTES);
  } catch (error) {
    if (error instanceof RequestTooLargeError) return json(refused(413, TOO_LARGE));
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(refused(400, "L'envoi n'a pas pu être lu."));
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return json(refused(400, "L'envoi n'a pas pu être lu."));
  const { id } = await params;
  return json(await runCommand(completeWorkOrderSchema, { ...body, workOrderId: id }, (input) => completeWorkOrder({ actor: sender }, input)));
}
