package fr.pacte.entrepot;

/** The watch's settings for warehouse loads (system properties, read when used). */
public final class ReglagesVeille {

    private ReglagesVeille() {
    }

    /** After how long without a sign of life a node's loads are taken for interrupted (s, default 180). */
    public static int silenceSecondes() {
        return Integer.getInteger("pacte.chargements.silence.secondes", 180);
    }
}
