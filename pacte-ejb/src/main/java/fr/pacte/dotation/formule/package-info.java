/**
 * Envelope proposal engine: from the établissements, what may be distributed and a formula, computes the parts
 * Pacte and IMP the rectorat simulates before applying them. Pure computation, in whole quanta, deterministic.
 */
package fr.pacte.dotation.formule;
