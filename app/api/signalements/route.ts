import { encodeRefusal, REFUSAL_COOKIE } from "@/lib/reports/form-refusal";
import { REPORT_FORM_PAGES, REPORT_FORMS, submitReportForm, type ReportFormName } from "@/lib/reports/report-upload";
import { routes } from "@/lib/routes";

const NO_STORE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

/**
 * The report forms' one upload path (multipart/form-data with photos): lib/reports/report-upload.ts
 * does the work. The form's JavaScript asks for JSON (Accept: application/json) and shows errors
 * next to the fields; without JavaScript, a success is a 303 to the result page and a refusal a
 * short page that says why.
 */
export async function POST(request: Request) {
  const formName = new URL(request.url).searchParams.get("formulaire");
  const outcome = await submitReportForm(request, formName);
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    return Response.json({ ...outcome.result, ...(outcome.redirectTo ? { redirectTo: outcome.redirectTo } : {}) }, { status: outcome.status, headers: NO_STORE });
  }
  if (outcome.redirectTo) return new Response(null, { status: 303, headers: { ...NO_STORE, Location: outcome.redirectTo } });
  const form = formName && Object.hasOwn(REPORT_FORMS, formName) ? (formName as ReportFormName) : null;
  if (form && !outcome.result.ok && (outcome.status === 422 || (outcome.status === 413 && outcome.result.fieldErrors))) {
    // A refusal of what was typed: back to the form, which shows it next to the fields.
    const { nonce, value } = encodeRefusal(form, outcome.result);
    const back = formAddress(request, REPORT_FORM_PAGES[form]);
    back.searchParams.set("refus", nonce);
    const cookie = `${REFUSAL_COOKIE}=${value}; Path=/; Max-Age=600; HttpOnly; SameSite=Lax${request.url.startsWith("https:") ? "; Secure" : ""}`;
    return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `${back.pathname}${back.search}`, "Set-Cookie": cookie } });
  }
  const back = form ? REPORT_FORM_PAGES[form] : routes.home;
  return new Response(refusalPage(outcome.result, back), { status: outcome.status, headers: { ...NO_STORE, "Content-Type": "text/html; charset=utf-8" } });
}

/** The form's own address (step 2 keeps its category and place in the query), from Referer when it is that page. */
function formAddress(request: Request, page: string): URL {
  const fallback = new URL(page, request.url);
  try {
    const referer = new URL(request.headers.get("referer") ?? "");
    if (referer.origin === fallback.origin && referer.pathname === page) {
      referer.searchParams.delete("refus");
      return referer;
    }
  } catch {
    // no or junk Referer: the form's plain address
  }
  return fallback;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refusalPage(result: { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]> }, back: string): string {
  const messages = [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].filter((m): m is string => !!m);
  const unique = [...new Set(messages)];
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Signalement non envoyé</title></head><body><main><h1>Votre signalement n'a pas été envoyé</h1><ul>${unique.map((m) => `<li>${escape(m)}</li>`).join("")}</ul><p><a href="${escape(back)}">Revenir au formulaire</a> (choisissez à nouveau vos photos).</p></main></body></html>`;
}
