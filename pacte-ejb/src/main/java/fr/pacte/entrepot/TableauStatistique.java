package fr.pacte.entrepot;

import java.io.Serializable;
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

    /** Rows as text, masked cells as "s": the content of the CSV, the XLSX sheet and the PDF table. */
    public List<List<String>> texte() {
        List<List<String>> t = new ArrayList<>();
        for (LigneStatistique l : lignes) {
            List<String> ligne = new ArrayList<>();
            ligne.add(l.libelle());
            for (int c = 0; c < colonnes.size(); c++) {
                ligne.add(colonnes.get(c).formater(l.valeurs().get(c)));
            }
            t.add(ligne);
        }
        return t;
    }

    public long cellulesMasquees() {
        return lignes.stream().flatMap(l -> l.valeurs().stream()).filter(v -> v == null).count();
    }
}
