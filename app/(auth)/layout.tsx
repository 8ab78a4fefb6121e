import { PageFrame } from "@/components/page-frame";
import { PublicHeader } from "@/components/public-header";
import { signOutAction } from "@/app/(auth)/actions";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<PublicHeader signOutAction={signOutAction} />}>{children}</PageFrame>;
}
