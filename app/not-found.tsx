import type { Metadata } from "next";
import Link from "next/link";
import { PageFrame } from "@/components/page-frame";
import { PublicHeader } from "@/components/public-header";
import { signOutAction } from "@/app/(auth)/actions";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <PageFrame header={<PublicHeader signOutAction={signOutAction} />}>
      <section className="space-y-4 py-8">
        <h1 className="text-2xl font-bold">Page introuvable</h1>
        <p>Cette page n&apos;existe pas ou n&apos;est pas accessible.</p>
        <Link href={routes.home} className="underline">Retour à l&apos;accueil</Link>
      </section>
    </PageFrame>
  );
}
