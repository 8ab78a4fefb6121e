import { routes } from "@/lib/routes";

/**
 * Only same-site paths: an absolute or protocol-relative URL would be an open redirect. Control
 * characters are refused too: browsers strip tabs and newlines from URLs, so "/\t/evil.example"
 * would become "//evil.example".
 */
export function safeCallbackPath(value: string | undefined | null, fallback: string = routes.mine.home): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  return value;
}
