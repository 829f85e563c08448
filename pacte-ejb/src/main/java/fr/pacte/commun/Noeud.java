package fr.pacte.commun;

import java.util.UUID;

/**
 * This server among the nodes of a cluster: its WildFly name ({@code jboss.node.name}) and an id drawn at each start,
 * so that work a node left when it died is seen as another node's, even by the same node restarted.
 */
public final class Noeud {

    private static final String NOM = System.getProperty("jboss.node.name", "pacte") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private Noeud() {
    }

    public static String nom() {
        return NOM;
    }
}
