import { PageFrame } from "@/components/page-frame";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "@/app/(auth)/actions";

// Access is checked by each page, not here: a layout does not re-run on every navigation.
export default function Layout({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<SiteHeader signOutAction={signOutAction} />} wide>{children}</PageFrame>;
}
