package fr.pacte.demande;

import java.nio.charset.StandardCharsets;

/** The attachment of a request: a PDF, size-limited, checked by its content and not only by its name. */
final class PieceJointe {

    private PieceJointe() {
    }

    static void verifier(String nom, byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            throw new RegleDemandeException("pieceJointe", "Pièce jointe vide.");
        }
        if (contenu.length > DemandeService.PIECE_JOINTE_MAX) {
            throw new RegleDemandeException("pieceJointe", "Pièce jointe trop volumineuse : "
                    + contenu.length / 1024 + " Ko pour " + DemandeService.PIECE_JOINTE_MAX / 1024 + " Ko au plus.");
        }
        if (contenu.length < 5 || !new String(contenu, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new RegleDemandeException("pieceJointe", "La pièce jointe doit être un fichier PDF.");
        }
        if (nom == null || nom.isBlank() || nom.length() > 255) {
            throw new RegleDemandeException("pieceJointe", "Nom de fichier obligatoire (255 caractères au plus).");
        }
    }
}
