import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom, SOCKET_ADDRESS_HEADER } from "@/lib/auth/forwarded-for";

const USER_AGENT_MAX = 300;

/** The caller's address, for throttling and the security log. */
export async function clientKey(): Promise<string> {
  const list = await headers();
  return clientAddressFrom(list.get("x-forwarded-for"), undefined, list.get(SOCKET_ADDRESS_HEADER));
}

/** Who is on the other end, as the security log records it. */
export async function requestClient(): Promise<{ clientAddress: string; userAgent: string | null }> {
  const userAgent = (await headers()).get("user-agent");
  return { clientAddress: await clientKey(), userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null };
}
