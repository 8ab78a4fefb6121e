import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_TIMEOUT_MS } from "@/lib/auth/options";

export const metadata: Metadata = { title: "Politique de confidentialité" };

export default function PrivacyPage() {
  return (
    <article className="max-w-prose space-y-4">
      <PageHeader title="Politique de confidentialité" />
      <h2 className="text-xl font-semibold">Qui traite vos données ?</h2>
      <p>La Régie de quartier de Bellerive, association loi 1901, responsable du traitement.</p>
      <h2 className="text-xl font-semibold">Quelles données et pourquoi ?</h2>
      <p>
        Votre nom, votre adresse e-mail, éventuellement votre téléphone et votre entrée d&apos;immeuble : pour gérer votre
        compte, vous informer du suivi de vos demandes et organiser la vie de l&apos;association. Votre mot de passe est
        conservé sous une forme chiffrée irréversible.
      </p>
      <p>
        Connexion : un seul cookie, indispensable, garde votre session ouverte. Elle se ferme quand vous vous déconnectez,
        après {SESSION_IDLE_TIMEOUT_MS / 3_600_000} heures sans activité et au plus tard {SESSION_ABSOLUTE_LIFETIME_MS / 86_400_000} jours
        après la connexion. Pour la sécurité des comptes, les connexions, leurs échecs et les déconnexions sont notés avec
        l&apos;adresse IP et le navigateur ; « Mes appareils » liste vos sessions ouvertes.
      </p>
      <h2 className="text-xl font-semibold">Qui y a accès ?</h2>
      <p>
        L&apos;équipe de la Régie, selon ses missions. Votre identité n&apos;apparaît jamais sur les pages publiques. Les
        partenaires (bailleurs, Ville) ne voient que ce qui concerne leurs résidences, sans vos coordonnées sauf accord.
      </p>
      <h2 className="text-xl font-semibold">Combien de temps ?</h2>
      <p>Tant que votre compte existe. À sa suppression, vos données personnelles sont effacées ; les traces nécessaires aux archives de l&apos;association sont conservées de façon anonyme.</p>
      <h2 className="text-xl font-semibold">Vos droits</h2>
      <p>
        Depuis « Mon espace », vous pouvez modifier vos informations, télécharger toutes vos données et supprimer votre
        compte. Pour toute autre demande, écrivez à la Régie ; vous pouvez aussi saisir la CNIL.
      </p>
    </article>
  );
}
