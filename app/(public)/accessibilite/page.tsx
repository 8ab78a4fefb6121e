import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default function AccessibilityPage() {
  return (
    <article className="max-w-prose space-y-4">
      <PageHeader title="Déclaration d'accessibilité" />
      <p>La Régie de quartier de Bellerive s&apos;engage à rendre son portail accessible à toutes et tous, conformément au RGAA.</p>
      <h2 className="text-xl font-semibold">État de conformité</h2>
      <p>
        Le portail est partiellement conforme. Chaque page est vérifiée automatiquement (règles WCAG 2.1 niveau AA) à
        chaque modification ; un audit complet reste à mener.
      </p>
      <h2 className="text-xl font-semibold">Nous signaler un problème</h2>
      <p>Si vous ne pouvez pas accéder à un contenu ou à un service, contactez-nous : nous vous aiderons par un autre moyen.</p>
      <h2 className="text-xl font-semibold">Voie de recours</h2>
      <p>Si vous n&apos;obtenez pas de réponse, vous pouvez saisir le Défenseur des droits.</p>
    </article>
  );
}
