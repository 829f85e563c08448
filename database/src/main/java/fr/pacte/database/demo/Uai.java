package fr.pacte.database.demo;

/** UAI (ex-RNE) numbers: seven digits, the first three being the département, and a check letter. */
final class Uai {

    private static final String LETTRES = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private Uai() {
    }

    static String de(String departement, int numero) {
        String chiffres = departement + String.format("%04d", numero);
        return chiffres + cle(chiffres);
    }

    static char cle(String septChiffres) {
        return LETTRES.charAt(Integer.parseInt(septChiffres) % LETTRES.length());
    }

    static boolean valide(String uai) {
        return uai != null && uai.matches("[0-9]{7}[A-Z]") && cle(uai.substring(0, 7)) == uai.charAt(7);
    }
}
