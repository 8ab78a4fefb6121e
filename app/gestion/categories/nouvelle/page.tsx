import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { CatalogItemPage, CatalogPanel } from "../../_components/catalog-pages";
import { CategoryForm } from "../_components/category-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Gestion — nouvelle catégorie" };

export default async function NewCategoryPage() {
  const actor = await pageActor("reports:manage-categories", routes.staff.newCategory);
  if (!actor) return <AccessDenied signedIn />;
  return (
    <CatalogItemPage
      title="Nouvelle catégorie de signalement"
      intro="Elle se place en fin de liste ; vous pourrez ensuite la monter."
      section={routes.staff.categories}
      back="Retour aux catégories"
    >
      <CatalogPanel label="Formulaire de la nouvelle catégorie">
        <CategoryForm />
      </CatalogPanel>
    </CatalogItemPage>
  );
}
