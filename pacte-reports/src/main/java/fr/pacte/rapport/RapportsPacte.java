package fr.pacte.rapport;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Point d'entrée des rapports métier : un modèle, ses paramètres, ses lignes. */
public final class RapportsPacte {

    static final String LISTE_ETABLISSEMENTS = "liste-etablissements";

    private final RenduRapport rendu;
    private final Clock horloge;

    public RapportsPacte() {
        this(RenduRapport.partage(), Clock.system(FormatFrancais.FUSEAU));
    }

    /** L'horloge fixe la date d'édition imprimée en pied de page. */
    public RapportsPacte(RenduRapport rendu, Clock horloge) {
        this.rendu = rendu;
        this.horloge = horloge;
    }

    /** {@code sousTitre} peut être nul (pas de filtre). */
    public byte[] listeEtablissementsPdf(String sousTitre, List<LigneEtablissementRapport> lignes) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("SOUS_TITRE", sousTitre);
        parametres.put("DATE_EDITION", Date.from(horloge.instant()));
        return rendu.pdf(LISTE_ETABLISSEMENTS, parametres, lignes);
    }
}
