/** Only same-site paths: an absolute or protocol-relative URL would be an open redirect. */
export function safeCallbackPath(value: string | undefined | null, fallback = "/espace"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
