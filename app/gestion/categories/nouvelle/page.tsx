import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { GestionNav } from "../../_components/gestion-nav";
import { CategoryForm } from "../_components/category-form";

export const metadata: Metadata = { title: "Gestion — nouvelle catégorie" };

export default async function NewCategoryPage() {
  const actor = await pageActor("reports:manage-categories", "/gestion/categories/nouvelle");
  if (!actor) return <AccessDenied signedIn />;
  return (
    <div className="max-w-2xl">
      <PageHeader title="Nouvelle catégorie de signalement" intro="Elle se place en fin de liste ; vous pourrez ensuite la monter." />
      <GestionNav current="/gestion/categories" />
      <p className="mb-4">
        <Link href="/gestion/categories" className="underline">
          ← Retour aux catégories
        </Link>
      </p>
      <section aria-label="Formulaire de la nouvelle catégorie" className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <CategoryForm />
      </section>
    </div>
  );
}
