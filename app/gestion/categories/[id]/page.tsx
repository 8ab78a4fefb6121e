import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { getCategoryForStaff } from "@/lib/report-catalog/queries";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { CatalogItemPage, CatalogPanel, loadCatalogItem } from "../../_components/catalog-pages";
import { deleteReportCategoryAction } from "../actions";
import { CategoryForm } from "../_components/category-form";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Gestion — modifier une catégorie" };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const category = await loadCatalogItem(routes.staff.categories, "reports:manage-categories", params, getCategoryForStaff);
  if (!category) return <AccessDenied signedIn />;
  const used = category.reportCount > 0;

  return (
    <CatalogItemPage title={`Modifier la catégorie « ${category.name} »`} section={routes.staff.categories} back="Retour aux catégories">
      <CatalogPanel id="titre-modifier" title="Nom, aide et état">
        <p className="text-slate-700">
          {used
            ? `Utilisée par ${plural(category.reportCount, "signalement", "signalements")} : un nouveau nom s'affiche aussi sur eux, y compris sur les pages publiques.`
            : "Aucun signalement n'utilise encore cette catégorie."}
        </p>
        <CategoryForm category={category} />
      </CatalogPanel>
      <CatalogPanel id="titre-supprimer" title="Supprimer la catégorie">
        {used ? (
          <p>
            Elle ne peut pas être supprimée : des signalements l&apos;utilisent. Pour qu&apos;elle ne soit plus proposée aux habitants, décochez
            « Proposée aux habitants » ci-dessus et enregistrez.
          </p>
        ) : (
          <>
            <p>Aucun signalement ne l&apos;utilise : elle peut être supprimée. La suppression est définitive.</p>
            <ConfirmedActionForm
              id="suppression"
              action={deleteReportCategoryAction}
              fields={{ categoryId: category.id, version: String(category.version) }}
              confirm={`Oui, supprimer définitivement la catégorie « ${category.name} »`}
              buttonLabel="Supprimer la catégorie"
              variant="danger"
              pendingLabel="Suppression…"
            />
          </>
        )}
      </CatalogPanel>
    </CatalogItemPage>
  );
}
