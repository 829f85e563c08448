/*
 * Inline edit of the distribution table. A click on a Parts or IMP cell opens a field; Enter (or leaving the field)
 * sends the row's new values with the version read to PUT /api/dotations/{annee}/{uai}/saisie, the same service and
 * rules as every other entry point, which answers the saved envelope with the allocation and the running totals of
 * the same transaction. A Faces postback of this large view would cost many times the edit itself
 * (pacte-ear/BENCHMARK.md). Escape cancels. jQuery's ajax is used so that jQuery.active tells when the page is idle.
 */
(function ($) {
    'use strict';

    var quantite = new Intl.NumberFormat('fr-FR', {maximumFractionDigits: 2});
    var euros = new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'EUR'});
    var LIBELLES = {parts: 'Parts', imp: 'IMP'};

    function configuration() {
        return document.getElementById('edition-enveloppes');
    }

    function modifiable() {
        var c = configuration();
        return c !== null && c.classList.contains('pacte-edition-active');
    }

    /** "1 250,5", "2.5" → "1250.5"; null when not a number (the server checks quanta and signs). */
    function lire(texte) {
        var t = String(texte).trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
        return /^-?\d+(\.\d+)?$/.test(t) ? t : null;
    }

    function message(severite, resume, detail) {
        var growl = PrimeFaces.widgets.growl;
        if (growl) {
            growl.renderMessage({severity: severite, summary: resume, detail: detail});
        }
    }

    function cellules(uai) {
        return $('#formulaire\\:lignes_data span.pacte-valeur').filter(function () {
            return this.getAttribute('data-uai') === uai;
        });
    }

    /** Writes a row's values and version, as saved (or as another user left them). */
    function afficherLigne(uai, parts, imp, version) {
        cellules(uai).each(function () {
            var valeur = this.getAttribute('data-champ') === 'parts' ? parts : imp;
            this.setAttribute('data-valeur', String(valeur));
            this.setAttribute('data-version', String(version));
            this.textContent = quantite.format(valeur);
        });
    }

    function trouver(liste, cle, valeur) {
        for (var i = 0; i < (liste || []).length; i++) {
            if (String(liste[i][cle]) === valeur) {
                return liste[i];
            }
        }
        return null;
    }

    function total(reponse, cle) {
        var p = cle.split('.');
        if (p[0] === 'allocation') {
            var a = trouver(reponse.allocation, 'ligne', p[1]);
            return a === null ? null : p[2] === 'reste' ? a.alloue - a.distribue : a[p[2]];
        }
        if (p[0] === 'departement') {
            var d = trouver(reponse.totaux, 'departement', p[1]);
            return d === null ? null : d[p[2]];
        }
        return reponse.academie ? reponse.academie[p[1]] : null;
    }

    /** Refreshes every cell of the totals marked data-total from the edit's answer. */
    function afficherTotaux(reponse) {
        $('[data-total]').each(function () {
            var cle = this.getAttribute('data-total');
            var v = total(reponse, cle); // euros too: the server's answer, at the campaign's amount of a part
            if (v === null || v === undefined) {
                return;
            }
            this.textContent = cle === 'academie.resteEuros' ? euros.format(v) : quantite.format(v);
            if (/reste/i.test(cle)) {
                this.classList.toggle('pacte-negatif', v < 0);
            }
        });
    }

    function enregistrer(span, saisie) {
        var champ = span.getAttribute('data-champ');
        var uai = span.getAttribute('data-uai');
        var nombre = lire(saisie);
        if (nombre === null) {
            message('error', 'Nombre invalide', '« ' + String(saisie).trim() + ' » n\'est pas un nombre : saisissez par exemple 2 ou 2,5.');
            return;
        }
        if (Number(nombre) === Number(span.getAttribute('data-valeur'))) {
            return;
        }
        var ligne = {};
        cellules(uai).each(function () {
            ligne[this.getAttribute('data-champ')] = this.getAttribute('data-valeur');
        });
        ligne[champ] = nombre;
        var motif = document.getElementById('formulaire:motif');
        var corps = {parts: Number(ligne.parts), imp: Number(ligne.imp), version: Number(span.getAttribute('data-version')),
            motif: motif ? motif.value : null};
        var config = configuration();
        span.classList.add('pacte-envoi');
        $.ajax({
            url: config.getAttribute('data-api') + '/dotations/' + encodeURIComponent(config.getAttribute('data-annee'))
                + '/' + encodeURIComponent(uai) + '/saisie',
            method: 'PUT', contentType: 'application/json', dataType: 'json', data: JSON.stringify(corps),
            // the session's token: the API refuses a write under the session without it (JetonSession)
            headers: {'X-Pacte-Jeton': jeton()}
        }).done(function (r) {
            afficherLigne(uai, r.parts, r.imp, r.version);
            afficherTotaux(r);
            message('info', 'Enveloppe enregistrée', uai + ' : ' + quantite.format(r.parts) + ' part(s), '
                + quantite.format(r.imp) + ' IMP.');
        }).fail(function (xhr) {
            var erreur = xhr.responseJSON || {};
            if (xhr.status === 409 && erreur.actuelle) {
                afficherLigne(uai, erreur.actuelle.parts, erreur.actuelle.imp, erreur.actuelle.version);
                message('error', 'Modification concurrente', erreur.erreur);
            } else if (xhr.status === 422) {
                message('error', 'Modification refusée', erreur.erreur);
            } else if (xhr.status === 401 || xhr.status === 403) {
                message('error', 'Modification refusée', erreur.erreur || 'Votre session a expiré : reconnectez-vous.');
            } else {
                message('error', 'Enregistrement impossible', erreur.erreur
                    || 'Le serveur n\'a pas répondu (' + xhr.status + ') : la valeur n\'a pas été enregistrée.');
            }
        }).always(function () {
            span.classList.remove('pacte-envoi');
        });
    }

    /** The session's token, printed by the template in <meta name="pacte-jeton">. */
    function jeton() {
        var meta = document.querySelector('meta[name="pacte-jeton"]');
        return meta ? meta.getAttribute('content') : '';
    }

    /** Replaces the cell's text by a field; Enter or leaving the field sends it, Escape puts the text back. */
    function ouvrir(span) {
        if (span.style.display === 'none' || span.classList.contains('pacte-envoi')) {
            return;
        }
        var uai = span.getAttribute('data-uai');
        var champ = span.getAttribute('data-champ');
        var saisie = document.createElement('input');
        saisie.type = 'text';
        saisie.id = 'saisie-' + champ + '-' + uai;
        saisie.className = 'pacte-saisie-nombre ui-inputfield ui-inputtext ui-widget ui-state-default';
        saisie.setAttribute('aria-label', LIBELLES[champ] + ' de ' + uai);
        saisie.value = span.textContent.trim();
        var fini = false;
        function fermer(envoyer) {
            if (fini) {
                return;
            }
            fini = true;
            var valeur = saisie.value;
            saisie.remove();
            span.style.display = '';
            if (envoyer) {
                enregistrer(span, valeur);
            }
        }
        saisie.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') {
                e.preventDefault();
                fermer(true);
            } else if (e.key === 'Escape') {
                fermer(false);
            }
        });
        saisie.addEventListener('blur', function () {
            fermer(true);
        });
        span.style.display = 'none';
        span.parentNode.appendChild(saisie);
        saisie.focus();
        saisie.select();
    }

    $(document).on('click', '#formulaire\\:lignes_data td.pacte-saisie', function (e) {
        var span = this.querySelector('span.pacte-valeur');
        if (span !== null && modifiable() && e.target.tagName !== 'INPUT') {
            ouvrir(span);
        }
    });
    // keyboard users reach the cell with Tab and open it with Enter or F2
    $(document).on('keydown', '#formulaire\\:lignes_data span.pacte-valeur', function (e) {
        if ((e.key === 'Enter' || e.key === 'F2') && modifiable()) {
            e.preventDefault();
            ouvrir(this);
        }
    });
})(jQuery);
