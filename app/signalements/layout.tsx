import { PageFrame } from "@/components/page-frame";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "@/app/(auth)/actions";

// Access is checked by each page, not here.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<SiteHeader signOutAction={signOutAction} />}>{children}</PageFrame>;
}
