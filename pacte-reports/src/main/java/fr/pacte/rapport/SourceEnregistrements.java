package fr.pacte.rapport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/** Les sources « bean » de Jasper cherchent des getX() : un record n'expose que x(). */
final class SourceEnregistrements implements JRRewindableDataSource {

    private static final ClassValue<Map<String, Method>> ACCESSEURS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accesseurs = new HashMap<>();
            for (RecordComponent composant : type.getRecordComponents()) {
                Method accesseur = composant.getAccessor();
                accesseur.trySetAccessible();
                accesseurs.put(composant.getName(), accesseur);
            }
            return Map.copyOf(accesseurs);
        }
    };

    private final List<? extends Record> lignes;
    private int index = -1;

    SourceEnregistrements(List<? extends Record> lignes) {
        this.lignes = lignes;
    }

    @Override
    public boolean next() {
        index++;
        return index < lignes.size();
    }

    @Override
    public Object getFieldValue(JRField champ) throws JRException {
        Record ligne = lignes.get(index);
        Method accesseur = ACCESSEURS.get(ligne.getClass()).get(champ.getName());
        if (accesseur == null) {
            throw new JRException("Champ « " + champ.getName() + " » absent de " + ligne.getClass().getName());
        }
        try {
            return accesseur.invoke(ligne);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Lecture du champ « " + champ.getName() + " » impossible", e);
        }
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
