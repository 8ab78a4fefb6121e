import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/forwarded-for";

/** The caller's address, for throttling only. */
export async function clientKey(): Promise<string> {
  return clientAddressFrom((await headers()).get("x-forwarded-for"));
}
