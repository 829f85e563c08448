package fr.pacte.web.debit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The followed addresses or logins, at most {@code max}: past it, the one untouched for the longest time is
 * forgotten, so that an attacker cycling through addresses or logins cannot make the server's memory grow. Not
 * thread-safe: its owner synchronizes.
 */
final class TableBornee<V> extends LinkedHashMap<String, V> {

    private final int max;

    TableBornee(int max) {
        super(64, 0.75f, true); // access order: a read counts as a use
        this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, V> plusAncienne) {
        return size() > max;
    }
}
