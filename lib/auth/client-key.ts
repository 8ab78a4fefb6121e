import "server-only";
import { headers } from "next/headers";

/** The caller's address as the reverse proxy reports it, for throttling only. */
export async function clientKey(): Promise<string> {
  const h = await headers();
  return (h.get("x-forwarded-for")?.split(",")[0] ?? h.get("x-real-ip") ?? "local").trim().slice(0, 64);
}
