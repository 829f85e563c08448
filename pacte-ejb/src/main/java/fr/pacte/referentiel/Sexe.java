package fr.pacte.referentiel;

public enum Sexe {
    F, M
}
