package fr.pacte.database.demo;

/** Size of a generated académie: number of établissements and of personnels spread over them. */
public record Taille(int etablissements, int personnels) {

    /** The demonstration académie: big enough to show paging, search and the annual reports. */
    public static final Taille DEMO = new Taille(320, 20_000);

    public Taille {
        // six natures must all be present; a département offers 9 999 UAI numbers
        if (etablissements < 6 || etablissements > 10_000) {
            throw new IllegalArgumentException(
                    "Le nombre d'établissements doit être compris entre 6 et 10 000 : " + etablissements);
        }
        if (personnels < 0 || personnels > 1_000_000) {
            throw new IllegalArgumentException(
                    "Le nombre de personnels doit être compris entre 0 et 1 000 000 : " + personnels);
        }
    }
}
