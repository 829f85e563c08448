package fr.pacte.demande;

import fr.pacte.securite.SecuriteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The e-mail hook: a copy of each notification to the addressees' e-mail, once the transaction has committed.
 * Off unless the server runs with -Dpacte.courriel.actif=true; sent through the mail session java:jboss/mail/Default
 * (the SMTP server of PACTE_SMTP_HOST / PACTE_SMTP_PORT). The addresses are read in the transaction of the change,
 * the message sent after its commit (a read after the commit would find no transaction to join); a failure to send
 * is logged and never undoes the decision.
 */
@ApplicationScoped
public class CourrielNotifications {

    private static final Logger LOG = Logger.getLogger(CourrielNotifications.class.getName());

    /** What to send once the change is committed. */
    record Courriel(String sujet, String texte, List<String> adresses) {
    }

    @Inject
    private SecuriteService securite;

    @Inject
    private Event<Courriel> courriels;

    void preparer(@Observes Notification notification) {
        // agents' accounts are not looked up by identifiant here: their copies stay in the application only
        if (!Boolean.getBoolean("pacte.courriel.actif") || notification.getIdentifiant() != null) {
            return;
        }
        List<String> adresses = securite.courriels(notification.getRole(), notification.getDepartement(), notification.getUai());
        if (!adresses.isEmpty()) {
            courriels.fire(new Courriel(notification.getDemandeId() == null ? "Pacte – information"
                    : "Pacte – demande n°" + notification.getDemandeId(), notification.getMessage(), adresses));
        }
    }

    void envoyer(@Observes(during = TransactionPhase.AFTER_SUCCESS) Courriel courriel) {
        try {
            Session session = (Session) new InitialContext().lookup("java:jboss/mail/Default");
            MimeMessage m = new MimeMessage(session);
            m.setSubject(courriel.sujet(), "UTF-8");
            m.setText(courriel.texte(), "UTF-8");
            for (String a : courriel.adresses()) {
                m.addRecipient(Message.RecipientType.TO, new InternetAddress(a));
            }
            Transport.send(m);
        } catch (NamingException | MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Courriel de notification non envoyé : " + e.getMessage(), e);
        }
    }
}
