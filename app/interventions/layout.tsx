import { PageFrame } from "@/components/page-frame";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { offlineUserKey } from "@/lib/work-orders/queries/employee";
import { OfflineRunner } from "./_components/offline-runner";

// Access is checked by each page; the layout only names whose offline data the phone keeps.
export default async function Layout({ children }: { children: React.ReactNode }) {
  const actor = await getCurrentActor();
  const userKey = actor && can(actor, "work-orders:work") ? offlineUserKey(actor) : null;
  return (
    <PageFrame header={<SiteHeader signOutAction={signOutAction} />}>
      {userKey ? <OfflineRunner userKey={userKey}>{children}</OfflineRunner> : children}
    </PageFrame>
  );
}
