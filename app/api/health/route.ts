import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and the test runner: is the app up and its database reachable? */
export async function GET() {
  await db.$queryRaw`SELECT 1`;
  return Response.json({ status: "ok" });
}
