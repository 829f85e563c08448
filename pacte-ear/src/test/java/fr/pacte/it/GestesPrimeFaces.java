package fr.pacte.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** Gestures on PrimeFaces widgets that {@link Navigateur} does not cover. */
final class GestesPrimeFaces {

    private GestesPrimeFaces() {
    }

    /**
     * {@link Navigateur#choisir} for labels with an apostrophe ("Conversion d'IMP…"): the option is looked up with
     * double quotes. The panel opens with an animation: open and click again until the option is chosen.
     */
    static void choisir(Navigateur navigateur, String idMenu, String libelle) {
        By choisi = By.id(idMenu + "_label");
        By option = By.cssSelector("[id='" + idMenu + "_panel'] li[data-label=\"" + libelle + "\"]");
        navigateur.attendre(d -> {
            if (!libelle.equals(d.findElement(choisi).getText())) {
                List<WebElement> options = d.findElements(option);
                if (!options.isEmpty() && options.get(0).isDisplayed()) {
                    options.get(0).click();
                } else {
                    d.findElement(By.id(idMenu)).click();
                }
            }
            return libelle.equals(d.findElement(choisi).getText());
        });
    }

    /** Presses the button of a PrimeFaces selectOneButton by its label, until the widget shows it pressed. */
    static void presser(Navigateur navigateur, String idGroupe, String libelle) {
        By bouton = By.xpath("//*[@id='" + idGroupe + "']/div[contains(@class, 'ui-button')][normalize-space(.)='" + libelle + "']");
        navigateur.attendre(d -> {
            WebElement b = d.findElement(bouton);
            if (!b.getAttribute("class").contains("ui-state-active")) {
                b.click();
            }
            return d.findElement(bouton).getAttribute("class").contains("ui-state-active");
        });
        navigateur.calme();
    }
}
