import { PageFrame } from "@/components/page-frame";
import { PublicHeader } from "@/components/public-header";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <PageFrame header={<PublicHeader />}>{children}</PageFrame>;
}
