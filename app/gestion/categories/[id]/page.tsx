import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { getCategoryForStaff } from "@/lib/report-catalog/queries";
import { ConfirmDeleteForm } from "../../_components/catalog-forms";
import { GestionNav } from "../../_components/gestion-nav";
import { deleteReportCategoryAction } from "../actions";
import { CategoryForm } from "../_components/category-form";

export const metadata: Metadata = { title: "Gestion — modifier une catégorie" };

const numberFormat = new Intl.NumberFormat("fr-FR");

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("reports:manage-categories", `/gestion/categories/${encodeURIComponent(id)}`);
  if (!actor) return <AccessDenied signedIn />;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const category = await getCategoryForStaff(id);
  if (!category) notFound();
  const used = category.reportCount > 0;

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={`Modifier la catégorie « ${category.name} »`} />
      <GestionNav current="/gestion/categories" />
      <p>
        <Link href="/gestion/categories" className="underline">
          ← Retour aux catégories
        </Link>
      </p>
      <section aria-labelledby="titre-modifier" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <h2 id="titre-modifier" className="text-xl font-semibold">
          Nom, aide et état
        </h2>
        <p className="text-slate-700">
          {used
            ? `Utilisée par ${numberFormat.format(category.reportCount)} ${category.reportCount > 1 ? "signalements" : "signalement"} : un nouveau nom s'affiche aussi sur eux, y compris sur les pages publiques.`
            : "Aucun signalement n'utilise encore cette catégorie."}
        </p>
        <CategoryForm category={category} />
      </section>
      <section aria-labelledby="titre-supprimer" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <h2 id="titre-supprimer" className="text-xl font-semibold">
          Supprimer la catégorie
        </h2>
        {used ? (
          <p>
            Elle ne peut pas être supprimée : des signalements l&apos;utilisent. Pour qu&apos;elle ne soit plus proposée aux habitants, décochez
            « Proposée aux habitants » ci-dessus et enregistrez.
          </p>
        ) : (
          <>
            <p>Aucun signalement ne l&apos;utilise : elle peut être supprimée. La suppression est définitive.</p>
            <ConfirmDeleteForm
              action={deleteReportCategoryAction}
              fields={{ categoryId: category.id, version: String(category.version) }}
              idPrefix="suppression"
              confirmLabel={`Oui, supprimer définitivement la catégorie « ${category.name} »`}
              buttonLabel="Supprimer la catégorie"
            />
          </>
        )}
      </section>
    </div>
  );
}
