package fr.pacte.entrepot;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A table of the annual report, already masked: whatever renders it (PDF, XLSX, CSV, JSON) shows the same cells. */
public record TableauStatistique(String code, String titre, String definition, String libelleLignes,
        List<Colonne> colonnes, List<LigneStatistique> lignes) implements Serializable {

    public TableauStatistique {
        colonnes = List.copyOf(colonnes);
        lignes = List.copyOf(lignes);
    }

    public List<String> entetes() {
        List<String> e = new ArrayList<>();
        e.add(libelleLignes);
        colonnes.forEach(c -> e.add(c.libelle()));
        return e;
    }

    /** Rows as text, masked cells as "s", undefined ones as "—": the content of the CSV, the PDF and the screen. */
    public List<List<String>> texte() {
        List<List<String>> t = new ArrayList<>();
        for (LigneStatistique l : lignes) {
            List<String> ligne = new ArrayList<>();
            ligne.add(l.libelle());
            for (int c = 0; c < colonnes.size(); c++) {
                BigDecimal v = l.valeurs().get(c);
                ligne.add(v == null ? l.marque(c) : colonnes.get(c).formater(v));
            }
            t.add(ligne);
        }
        return t;
    }

    public long cellulesMasquees() {
        return lignes.stream().mapToLong(l -> java.util.stream.IntStream.range(0, colonnes.size())
                .filter(l::masquee).count()).sum();
    }
}
