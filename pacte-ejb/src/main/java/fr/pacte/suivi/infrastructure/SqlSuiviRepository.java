package fr.pacte.suivi.infrastructure;

import static fr.pacte.commun.Colonnes.date;
import static fr.pacte.commun.Colonnes.dec;
import static fr.pacte.commun.Colonnes.decOuNull;
import fr.pacte.suivi.DatesConseils;
import fr.pacte.suivi.LigneSuivi;
import fr.pacte.referentiel.Modalite;
import fr.pacte.suivi.SuiviRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Native SQL: the suivi tables are small side tables of the attribution, written by upsert and read joined. */
@ApplicationScoped
public class SqlSuiviRepository implements SuiviRepository {

    private static final String SUIVI = """
            SELECT a.id, a.identifiant, p.nom, p.prenom, a.dispositif, a.code_mission, m.libelle, a.parts, a.taux_imp,
                   a.unites_imp, a.modalite, a.date_debut, a.date_fin, m.quantum_heures, a.heures,
                   coalesce(s.heures_faites, 0),
                   (SELECT coalesce(sum(r.heures), 0) FROM mission.redeploiement r WHERE r.attribution_cible = a.id),
                   (SELECT coalesce(sum(r.heures), 0) FROM mission.redeploiement r WHERE r.attribution_source = a.id),
                   b.texte, m.bilan_remis_a, a.annulee
              FROM mission.attribution a
              JOIN referentiel.personnel p ON p.identifiant = a.identifiant
              JOIN referentiel.mission_campagne m ON m.annee_scolaire = a.annee_scolaire AND m.code = a.code_mission
              LEFT JOIN mission.suivi_heures s ON s.attribution_id = a.id
              LEFT JOIN mission.bilan b ON b.attribution_id = a.id
            """;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Set<String> volontaires(String annee, String uai) {
        List<?> ids = em.createNativeQuery("SELECT identifiant FROM mission.volontaire WHERE annee_scolaire = ?1 AND uai = ?2")
                .setParameter(1, annee).setParameter(2, uai).getResultList();
        Set<String> s = new HashSet<>();
        ids.forEach(i -> s.add(i.toString()));
        return s;
    }

    @Override
    public boolean marquerVolontaire(String annee, String uai, String identifiant, boolean volontaire, String auteur) {
        if (volontaire) {
            return em.createNativeQuery("""
                            INSERT INTO mission.volontaire (annee_scolaire, uai, identifiant, declare_le, declare_par)
                            VALUES (?1, ?2, ?3, now(), ?4) ON CONFLICT DO NOTHING""")
                    .setParameter(1, annee).setParameter(2, uai).setParameter(3, identifiant).setParameter(4, auteur)
                    .executeUpdate() > 0;
        }
        return em.createNativeQuery("DELETE FROM mission.volontaire WHERE annee_scolaire = ?1 AND uai = ?2 AND identifiant = ?3")
                .setParameter(1, annee).setParameter(2, uai).setParameter(3, identifiant).executeUpdate() > 0;
    }

    @Override
    public DatesConseils conseils(String annee, String uai) {
        List<?> r = em.createNativeQuery("""
                        SELECT conseil_pedagogique, conseil_administration FROM mission.conseils
                         WHERE annee_scolaire = ?1 AND uai = ?2""")
                .setParameter(1, annee).setParameter(2, uai).getResultList();
        if (r.isEmpty()) {
            return new DatesConseils(null, null);
        }
        Object[] l = (Object[]) r.get(0);
        return new DatesConseils(date(l[0]), date(l[1]));
    }

    @Override
    public void fixerConseils(String annee, String uai, LocalDate pedagogique, LocalDate administration, String auteur) {
        em.createNativeQuery("""
                        INSERT INTO mission.conseils (annee_scolaire, uai, conseil_pedagogique, conseil_administration, modifie_le, modifie_par)
                        VALUES (?1, ?2, CAST(?3 AS date), CAST(?4 AS date), now(), ?5)
                        ON CONFLICT (annee_scolaire, uai) DO UPDATE SET conseil_pedagogique = excluded.conseil_pedagogique,
                               conseil_administration = excluded.conseil_administration,
                               modifie_le = excluded.modifie_le, modifie_par = excluded.modifie_par""")
                .setParameter(1, annee).setParameter(2, uai).setParameter(3, sql(pedagogique))
                .setParameter(4, sql(administration)).setParameter(5, auteur).executeUpdate();
    }

    @Override
    public BigDecimal heuresFaites(long attribution) {
        List<?> r = em.createNativeQuery("SELECT heures_faites FROM mission.suivi_heures WHERE attribution_id = ?1")
                .setParameter(1, attribution).getResultList();
        return r.isEmpty() ? BigDecimal.ZERO : dec(r.get(0));
    }

    @Override
    public void releverHeures(long attribution, BigDecimal heures, String auteur) {
        em.createNativeQuery("""
                        INSERT INTO mission.suivi_heures (attribution_id, heures_faites, releve_le, releve_par)
                        VALUES (?1, ?2, now(), ?3)
                        ON CONFLICT (attribution_id) DO UPDATE SET heures_faites = excluded.heures_faites,
                               releve_le = excluded.releve_le, releve_par = excluded.releve_par""")
                .setParameter(1, attribution).setParameter(2, heures).setParameter(3, auteur).executeUpdate();
    }

    @Override
    public void ajouterRedeploiement(long source, long cible, BigDecimal heures, BigDecimal parts, String motif, String auteur) {
        em.createNativeQuery("""
                        INSERT INTO mission.redeploiement (attribution_source, attribution_cible, heures, motif, fait_le, fait_par,
                                                           parts_transferees)
                        VALUES (?1, ?2, ?3, ?4, now(), ?5, ?6)""")
                .setParameter(6, parts).setParameter(1, source).setParameter(2, cible).setParameter(3, heures)
                .setParameter(4, motif == null || motif.isBlank() ? null : motif.strip()).setParameter(5, auteur)
                .executeUpdate();
    }

    @Override
    public void enregistrerBilan(long attribution, String texte, String destinataire, String auteur) {
        em.createNativeQuery("""
                        INSERT INTO mission.bilan (attribution_id, texte, destinataire, redige_le, redige_par)
                        VALUES (?1, ?2, ?3, now(), ?4)
                        ON CONFLICT (attribution_id) DO UPDATE SET texte = excluded.texte,
                               destinataire = excluded.destinataire, redige_le = excluded.redige_le,
                               redige_par = excluded.redige_par""")
                .setParameter(1, attribution).setParameter(2, texte).setParameter(3, destinataire)
                .setParameter(4, auteur).executeUpdate();
    }

    @Override
    public List<LigneSuivi> suivi(String annee, String uai) {
        List<?> r = em.createNativeQuery(SUIVI + " WHERE a.annee_scolaire = ?1 AND a.uai = ?2 ORDER BY a.annulee, p.nom, p.prenom, a.id")
                .setParameter(1, annee).setParameter(2, uai).getResultList();
        return r.stream().map(l -> ligne((Object[]) l)).toList();
    }

    @Override
    public LigneSuivi ligne(long attribution) {
        List<?> r = em.createNativeQuery(SUIVI + " WHERE a.id = ?1").setParameter(1, attribution).getResultList();
        return r.isEmpty() ? null : ligne((Object[]) r.get(0));
    }

    private static LigneSuivi ligne(Object[] l) {
        return new LigneSuivi(((Number) l[0]).longValue(), (String) l[1], (String) l[2], (String) l[3], (String) l[4],
                (String) l[5], (String) l[6], decOuNull(l[7]), (String) l[8], dec(l[9]), Modalite.valueOf((String) l[10]),
                date(l[11]), date(l[12]), l[13] == null ? null : ((Number) l[13]).intValue(), decOuNull(l[14]),
                dec(l[15]), dec(l[16]), dec(l[17]), (String) l[18], (String) l[19], (Boolean) l[20]);
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
