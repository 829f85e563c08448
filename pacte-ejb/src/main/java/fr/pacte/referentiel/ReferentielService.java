package fr.pacte.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.commun.tableur.FormatTableau;
import java.io.OutputStream;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Facade of the référentiel module. Every read applies the caller's scope: a DASEN sees his département,
 * a chef d'établissement his UAI, an analyst no personal data.
 */
public interface ReferentielService {

    Academie academie();

    List<Departement> departements();

    Page<Etablissement> etablissements(FiltreEtablissements filtre, int page, int taille);

    /**
     * The whole filtered list ({@link ExportEtablissements}' columns, the pages' order) as CSV or XLSX, written to the
     * output as it is read: one query through a server-side cursor, one transaction.
     */
    void exporterEtablissements(FiltreEtablissements filtre, FormatTableau format, OutputStream sortie);

    /** @throws fr.pacte.securite.AccesRefuseException if the établissement is outside the caller's scope */
    Etablissement etablissement(String uai);

    /** @throws fr.pacte.securite.AccesRefuseException for an analyst (no names) */
    Page<Personnel> personnels(FiltrePersonnels filtre, int page, int taille);

    List<Campagne> campagnes();

    /** UAI of a personnel's affectation, or null if unknown (no personal data: used by the attribution rules). */
    String affectation(String identifiant);

    boolean etablissementExiste(String uai);

    /** The circonscription of an école (null in the second degré or if unknown): the IEN's scope needs it. */
    String circonscription(String uai);

    /** @throws CampagneIntrouvableException if no such campaign */
    Campagne campagne(String anneeScolaire);

    /** The open campaign (the most recent one if several), or null if none is open. */
    Campagne campagneOuverte();

    List<MissionCatalogue> catalogue();

    List<TauxImp> tauxImp();

    /** Personnels by identifiant (unknown ones absent), for files naming many people at once; refused to an analyst. */
    Map<String, Personnel> personnelsParIdentifiant(Collection<String> identifiants);
}
