/** Pacte business modules: one package per module, each reached through its service facade. */
package fr.pacte;
