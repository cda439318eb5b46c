<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Clear the words</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>BringScreen</name>
    <message>
        <source>What did you bring? Tap one.</source>
        <translation>Qu&apos;avez-vous apporté&#xa0;? Touchez-en un.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Combien&#xa0;?</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Beaucoup</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n chose</numerusform>
            <numerusform>%n choses</numerusform>
        </translation>
    </message>
    <message>
        <source>Put it on the table</source>
        <translation>Le mettre sur la table</translation>
    </message>
    <message>
        <source>More about it, if you like (you can skip this):</source>
        <translation>Plus de détails si vous voulez (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>A few words, e.g. winter coats</source>
        <translation>ex. manteaux d&apos;hiver</translation>
    </message>
    <message>
        <source>A few words about it (optional)</source>
        <translation>Quelques mots (facultatif)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Végétalien</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Végétarien</translation>
    </message>
    <message>
        <source>Eat today</source>
        <translation>À manger aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Perishable — eat today</source>
        <translation>Périssable — à manger aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation>Touchez ce qu&apos;il contient&#xa0;:</translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation>Plus d&apos;allergènes</translation>
    </message>
    <message>
        <source>Show the other allergens: sesame, fish, crustaceans, molluscs, celery, mustard, sulphites, lupin</source>
        <translation>Afficher les autres allergènes&#xa0;: sésame, poisson, crustacés, mollusques, céleri, moutarde, sulfites, lupin</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>A few words, e.g. hiking boots</source>
        <translation>ex. chaussures de randonnée</translation>
    </message>
    <message>
        <source>A few words, e.g. children&apos;s books</source>
        <translation>ex. livres pour enfants</translation>
    </message>
    <message>
        <source>A few words, e.g. a kettle</source>
        <translation>ex. une bouilloire</translation>
    </message>
    <message>
        <source>A few words, e.g. a lamp</source>
        <translation>ex. une lampe</translation>
    </message>
    <message>
        <source>A few words, e.g. a puzzle</source>
        <translation>ex. un puzzle</translation>
    </message>
    <message>
        <source>A few words, e.g. a drill</source>
        <translation>ex. une perceuse</translation>
    </message>
    <message>
        <source>A few words, e.g. a phone charger</source>
        <translation>ex. un chargeur de téléphone</translation>
    </message>
    <message>
        <source>A few words, e.g. tomato seedlings</source>
        <translation>ex. plants de tomates</translation>
    </message>
    <message>
        <source>A few words, e.g. toothpaste</source>
        <translation>ex. dentifrice</translation>
    </message>
    <message>
        <source>A few words, e.g. vegetable soup</source>
        <translation>ex. soupe de légumes</translation>
    </message>
    <message>
        <source>A few words, e.g. rice</source>
        <translation>ex. riz</translation>
    </message>
    <message>
        <source>A few words about it</source>
        <translation>Quelques mots</translation>
    </message>
    <message>
        <source>%1 — is that right?</source>
        <translation>%1 — c&apos;est bien ça&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Oui, %1</translation>
    </message>
    <message>
        <source>No, change it</source>
        <translation>Non, modifier</translation>
    </message>
    <message>
        <source>Vegan sandwiches</source>
        <translation>Sandwichs végétaliens</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Search, e.g. shoes, vegan, books</source>
        <translation>Chercher, ex. chaussures, végétalien, livres</translation>
    </message>
    <message>
        <source>Search what&apos;s here</source>
        <translation>Chercher ce qu&apos;il y a</translation>
    </message>
    <message>
        <source>I brought something</source>
        <translation>J&apos;ai apporté quelque chose</translation>
    </message>
    <message>
        <source>Take one</source>
        <translation>En prendre un</translation>
    </message>
    <message>
        <source>None left</source>
        <translation>Plus rien</translation>
    </message>
    <message>
        <source>This pile is used up: take it off the list</source>
        <translation>Ce tas est épuisé&#xa0;: le retirer de la liste</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Print a food label for it: what it is, eat by, Contains</source>
        <translation>Imprimer une étiquette alimentaire&#xa0;: ce que c&apos;est, à consommer avant, contient</translation>
    </message>
    <message>
        <source>Things on the table</source>
        <translation>Choses sur la table</translation>
    </message>
    <message>
        <source>Show the kinds before these</source>
        <translation>Voir les sortes précédentes</translation>
    </message>
    <message>
        <source>Show more kinds</source>
        <translation>Voir plus de sortes</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>Contient&#xa0;:</translation>
    </message>
    <message>
        <source>All gone</source>
        <translation>Plus rien</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Beaucoup</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Just arrived</source>
        <translation>Vient d&apos;arriver</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show every kind, to choose one</source>
        <translation>Voir tous les types, pour en choisir un</translation>
    </message>
    <message>
        <source>Which kind of thing?</source>
        <translation>Quel type de chose&#xa0;?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing matches “%1” right now. Try another word, or post what you&apos;re looking for.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;» pour l&apos;instant. Essayez un autre mot, ou dites ce que vous cherchez.</translation>
    </message>
    <message>
        <source>Nothing of this kind on the table right now.</source>
        <translation>Rien de ce genre sur la table pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something?</source>
        <translation>La table est vide pour l&apos;instant. Vous apportez quelque chose&#xa0;?</translation>
    </message>
    <message>
        <source>You took one: %1</source>
        <translation>Vous en avez pris un&#xa0;: %1</translation>
    </message>
    <message>
        <source>None left: %1</source>
        <translation>Plus rien&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>What we shared, by kind</source>
        <translation>Ce que nous avons partagé, par type</translation>
    </message>
    <message>
        <source>Found a new home</source>
        <translation>Ont trouvé preneur</translation>
    </message>
    <message>
        <source>Still here now</source>
        <translation>Encore là maintenant</translation>
    </message>
    <message>
        <source>Still here at the end</source>
        <translation>Encore là à la fin</translation>
    </message>
    <message>
        <source>Over the day, every quarter hour</source>
        <translation>Au fil de la journée, par quart d&apos;heure</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Emportées</translation>
    </message>
</context>
<context>
    <name>ClockScreen</name>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation>Régler la date et l&apos;heure de cette borne</translation>
    </message>
    <message>
        <source>This kiosk&apos;s date and time</source>
        <translation>Date et heure de cette borne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Un jour plus tôt</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Un jour plus tard</translation>
    </message>
    <message>
        <source>An hour earlier</source>
        <translation>Une heure plus tôt</translation>
    </message>
    <message>
        <source>An hour later</source>
        <translation>Une heure plus tard</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 minutes plus tôt</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 minutes plus tard</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>Régler l&apos;horloge</translation>
    </message>
    <message>
        <source>Keep this date and time</source>
        <translation>Garder cette date et cette heure</translation>
    </message>
    <message>
        <source>Computer&apos;s clock</source>
        <translation>Horloge de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s own clock again</source>
        <translation>Suivre de nouveau l&apos;horloge de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>The kiosk keeps its own time, in quarter hours, for everything it records: the computer&apos;s clock is not changed and no password is needed.</source>
        <translation>La borne garde sa propre heure, au quart d&apos;heure, pour tout ce qu&apos;elle enregistre&#xa0;: l&apos;horloge de l&apos;ordinateur n&apos;est pas changée et aucun mot de passe n&apos;est demandé.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock now says %1.</source>
        <translation>L&apos;horloge de la borne indique maintenant %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The computer&apos;s own clock says %1.</source>
        <translation>L&apos;horloge de l&apos;ordinateur indique %1.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock looks wrong: earlier than what it has recorded, or days ahead. Please check the date and time and set them here.</source>
        <translation>L&apos;horloge de cette borne semble fausse&#xa0;: plus tôt que ce qu&apos;elle a déjà enregistré, ou des jours en avance. Vérifiez la date et l&apos;heure et réglez-les ici.</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Market days</source>
        <translation>Jours de marché</translation>
    </message>
    <message>
        <source>Open or close a market, and see past ones</source>
        <translation>Ouvrir ou fermer un marché, voir les précédents</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Close this market</source>
        <translation>Fermer ce marché</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Open a market</source>
        <translation>Ouvrir un marché</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Un jour avant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Un jour après</translation>
    </message>
    <message>
        <source>Open the market</source>
        <translation>Ouvrir le marché</translation>
    </message>
    <message>
        <source>This kiosk holds the demo market. It is no part of any real market: the next market opened leaves it behind, or remove it now.</source>
        <translation>Cette borne contient le marché de démonstration. Il ne fait partie d’aucun vrai marché&#xa0;: le prochain marché ouvert le laisse de côté, ou supprimez-le maintenant.</translation>
    </message>
    <message>
        <source>Remove the demo</source>
        <translation>Supprimer la démo</translation>
    </message>
    <message>
        <source>Past markets</source>
        <translation>Marchés passés</translation>
    </message>
    <message>
        <source>None yet. Closed markets show here with their summaries.</source>
        <translation>Aucun pour l&apos;instant. Les marchés fermés apparaissent ici avec leur bilan.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>%n chose sur la table</numerusform>
            <numerusform>%n choses sur la table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carrying over %n thing(s) kept from the last market…</source>
        <translation>
            <numerusform>Retour sur la table de %n chose gardée du dernier marché…</numerusform>
            <numerusform>Retour sur la table de %n choses gardées du dernier marché…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) shared</source>
        <translation>
            <numerusform>%n chose partagée</numerusform>
            <numerusform>%n choses partagées</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete details</source>
        <translation>Effacer les détails</translation>
    </message>
    <message>
        <source>Delete the details of %1</source>
        <translation>Effacer les détails du %1</translation>
    </message>
    <message>
        <source>Totals only</source>
        <translation>Totaux seulement</translation>
    </message>
    <message>
        <source>The market is open. Welcome, everyone!</source>
        <translation>Le marché est ouvert. Bienvenue à toutes et à tous&#xa0;!</translation>
    </message>
    <message>
        <source>Close this market? What happens to what is left on the table? Things kept for next time are back on the table when the next market opens (food to eat today is not). Contacts people wrote on skill offers are erased now.</source>
        <translation>Fermer ce marché&#xa0;? Que devient ce qui reste sur la table&#xa0;? Ce qui est gardé pour la prochaine fois revient sur la table à l&apos;ouverture du prochain marché (pas la nourriture à manger aujourd&apos;hui). Les contacts écrits sur les offres de savoirs sont effacés maintenant.</translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation>Gardé pour la prochaine fois</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>The market is closed. Here is what we shared together.</source>
        <translation>Le marché est fermé. Voici ce que nous avons partagé ensemble.</translation>
    </message>
    <message>
        <source>Remove the demo market and everything in it? Nothing real is touched.</source>
        <translation>Supprimer le marché de démonstration et tout ce qu’il contient&#xa0;? Rien de réel n’est touché.</translation>
    </message>
    <message>
        <source>The demo is gone. Open the real market when you are ready.</source>
        <translation>La démo est supprimée. Ouvrez le vrai marché quand vous êtes prêts.</translation>
    </message>
    <message>
        <source>Delete the details of the market on %1? Only its totals per kind stay; the timeline and the list of leftovers go for good. Export it first if you need them.</source>
        <translation>Effacer les détails du marché du %1&#xa0;? Seuls ses totaux par type restent&#xa0;; la chronologie et la liste des restes disparaissent pour de bon. Exportez-le d&apos;abord si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Done: only the totals of that market are kept.</source>
        <translation>C&apos;est fait&#xa0;: seuls les totaux de ce marché sont gardés.</translation>
    </message>
</context>
<context>
    <name>EveryPage</name>
    <message>
        <source>Every page</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Les pages telles qu’elles seront imprimées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print these pages</source>
        <translation>Imprimer ces pages</translation>
    </message>
    <message>
        <source>Page before</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Closer</source>
        <translation>Plus près</translation>
    </message>
    <message>
        <source>The pages bigger, to read them</source>
        <translation>Les pages en plus grand, pour les lire</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>FoodLabelsScreen</name>
    <message>
        <source>Food labels</source>
        <translation>Étiquettes alimentaires</translation>
    </message>
    <message>
        <source>Labels for shared food: what it is, its dates and what it contains</source>
        <translation>Étiquettes pour la nourriture partagée&#xa0;: ce que c&apos;est, ses dates et ce qu&apos;elle contient</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>What is it? Type it, or tap a kind of food:</source>
        <translation>Qu&apos;est-ce que c&apos;est&#xa0;? Écrivez-le ou touchez un type d&apos;aliment&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Lentil soup</source>
        <translation>p. ex. Soupe de lentilles</translation>
    </message>
    <message>
        <source>What is it</source>
        <translation>Ce que c&apos;est</translation>
    </message>
    <message>
        <source>Ingredients (you can skip this):</source>
        <translation>Ingrédients (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. lentils, onion, carrot</source>
        <translation>p. ex. lentilles, oignon, carotte</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <source>Rescued on</source>
        <translation>Récupéré le</translation>
    </message>
    <message>
        <source>Eat by (at most 7 days later):</source>
        <translation>À consommer avant le (7 jours plus tard au plus)&#xa0;:</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>Un jour plus tôt</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>Un jour plus tard</translation>
    </message>
    <message>
        <source>Tap what it contains:</source>
        <translation>Touchez ce qu&apos;il contient&#xa0;:</translation>
    </message>
    <message>
        <source>More allergens</source>
        <translation>Plus d&apos;allergènes</translation>
    </message>
    <message>
        <source>How many labels?</source>
        <translation>Combien d&apos;étiquettes&#xa0;?</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Brother QL, 62 mm tape</source>
        <translation>Brother QL, ruban de 62 mm</translation>
    </message>
    <message>
        <source>DYMO 99012, 36 × 89 mm</source>
        <translation>DYMO 99012, 36 × 89 mm</translation>
    </message>
    <message>
        <source>A4 sheet of 21 (Avery L7160)</source>
        <translation>Planche A4 de 21 (Avery L7160)</translation>
    </message>
    <message>
        <source>Letter sheet of 30 (Avery 5160)</source>
        <translation>Planche Letter de 30 (Avery 5160)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message numerus="yes">
        <source>These labels fill %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>Ces étiquettes tiennent sur %n page&#xa0;: choisissez-la.</numerusform>
            <numerusform>Ces étiquettes tiennent sur %n pages&#xa0;: choisissez des pages parmi elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer did not take the labels. Is it switched on and connected?</source>
        <translation>L&apos;imprimante n&apos;a pas pris les étiquettes. Est-elle allumée et branchée&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n label(s) to the printer.</source>
        <translation>
            <numerusform>%n étiquette envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n étiquettes envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation>Les étiquettes d&apos;avant sont encore en route vers l&apos;imprimante. Merci d&apos;attendre qu&apos;elles soient envoyées.</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Envoi à l&apos;imprimante…</translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the labels are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation>L&apos;imprimante ne répond pas encore&#xa0;: les étiquettes attendent toujours d&apos;être envoyées. Elles pourraient s&apos;imprimer plus tard, quand elle répondra&#xa0;: vérifiez l&apos;imprimante avant d&apos;imprimer à nouveau.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n label(s) as %1.</source>
        <translation>
            <numerusform>%n étiquette enregistrée sous %1.</numerusform>
            <numerusform>%n étiquettes enregistrées sous %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatheringScreen</name>
    <message>
        <source>Skills share</source>
        <translation>Partage de savoirs</translation>
    </message>
    <message>
        <source>Set the skills share&apos;s day, time and place</source>
        <translation>Choisir le jour, l&apos;heure et le lieu de la rencontre de savoirs</translation>
    </message>
    <message>
        <source>The skills share</source>
        <translation>La rencontre de savoirs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of the skills share</source>
        <translation>Nom de la rencontre de savoirs</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Jour d&apos;avant</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Jour d&apos;après</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>Une semaine avant</translation>
    </message>
    <message>
        <source>A week later</source>
        <translation>Une semaine après</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 plus tôt</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 plus tard</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place of the skills share</source>
        <translation>Lieu de la rencontre de savoirs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Une courte note (facultatif)</translation>
    </message>
    <message>
        <source>e.g. bring a snack to share</source>
        <translation>ex. apportez un en-cas à partager</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Calendar code of the skills share</source>
        <translation>Code agenda de la rencontre de savoirs</translation>
    </message>
    <message>
        <source>Save to make the calendar code.</source>
        <translation>Enregistrez pour créer le code agenda.</translation>
    </message>
    <message>
        <source>A phone that reads this code offers to add the skills share to its calendar.</source>
        <translation>Un téléphone qui lit ce code propose d&apos;ajouter la rencontre à son agenda.</translation>
    </message>
    <message>
        <source>Not saved yet: save to update the code.</source>
        <translation>Pas encore enregistré&#xa0;: enregistrez pour mettre le code à jour.</translation>
    </message>
    <message>
        <source>Saved. Skill codes and cards now show this day and place.</source>
        <translation>Enregistré. Les codes et cartes de savoirs indiquent maintenant ce jour et ce lieu.</translation>
    </message>
    <message>
        <source>Bring something to fix or a snack to share.</source>
        <translation>Apportez quelque chose à réparer ou un en-cas à partager.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>I brought something</source>
        <translation>J&apos;ai apporté quelque chose</translation>
    </message>
    <message>
        <source>List what you brought for others</source>
        <translation>Dites ce que vous apportez pour les autres</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>Voir ce qu&apos;il y a</translation>
    </message>
    <message>
        <source>Everything on the table now, free to take</source>
        <translation>Tout ce qui est sur la table, gratuit</translation>
    </message>
    <message>
        <source>I&apos;m looking for…</source>
        <translation>Je cherche…</translation>
    </message>
    <message>
        <source>Ask the table for something you need</source>
        <translation>Demandez à la table ce dont vous avez besoin</translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation>Partage de savoirs</translation>
    </message>
    <message>
        <source>Offer a skill or see what people can teach</source>
        <translation>Proposez un savoir ou voyez ce que d&apos;autres enseignent</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <source>Bigger words, black on white</source>
        <translation>Texte plus grand, noir sur blanc</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>The kiosk says what is on the screen</source>
        <translation>La borne dit ce qui est à l&apos;écran</translation>
    </message>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation>Tout ici est gratuit. Prenez ce dont vous avez besoin, apportez ce que vous pouvez. Personne ne compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table right now</source>
        <translation>
            <numerusform>%n chose sur la table en ce moment</numerusform>
            <numerusform>%n choses sur la table en ce moment</numerusform>
        </translation>
    </message>
    <message>
        <source>The table is waiting for its first things</source>
        <translation>La table attend ses premières choses</translation>
    </message>
</context>
<context>
    <name>IdleTime</name>
    <message numerus="yes">
        <source>Still there? In %n second(s) the kiosk goes back to the start. Touch anywhere to keep going.</source>
        <translation>
            <numerusform>Toujours là&#xa0;? Dans %n seconde, la borne revient au début. Touchez n&apos;importe où pour continuer.</numerusform>
            <numerusform>Toujours là&#xa0;? Dans %n secondes, la borne revient au début. Touchez n&apos;importe où pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis là</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Clavier à l&apos;écran</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Free Market</source>
        <translation>Marché gratuit</translation>
    </message>
</context>
<context>
    <name>KiosksScreen</name>
    <message>
        <source>Several kiosks</source>
        <translation>Plusieurs bornes</translation>
    </message>
    <message>
        <source>Share one market between several kiosks</source>
        <translation>Partager un marché entre plusieurs bornes</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation>Ajouter une borne</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Copy to USB stick</source>
        <translation>Copier sur la clé USB</translation>
    </message>
    <message>
        <source>Copy from USB stick</source>
        <translation>Copier depuis la clé USB</translation>
    </message>
    <message>
        <source>Set the clock</source>
        <translation>Régler l&apos;horloge</translation>
    </message>
    <message>
        <source>Set this kiosk&apos;s date and time</source>
        <translation>Régler la date et l&apos;heure de cette borne</translation>
    </message>
    <message>
        <source>Kiosks heard from</source>
        <translation>Bornes qui ont donné des nouvelles</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Off: this kiosk keeps its own table. Turn it on to share one market with the other kiosks here (over the local network, no internet).</source>
        <translation>Désactivé&#xa0;: cette borne garde sa propre table. Activez-le pour partager un marché avec les autres bornes d&apos;ici (par le réseau local, sans internet).</translation>
    </message>
    <message>
        <source>On: starting up, one moment…</source>
        <translation>Activé&#xa0;: démarrage, un instant…</translation>
    </message>
    <message numerus="yes">
        <source>On: %n kiosk(s) paired</source>
        <translation>
            <numerusform>Activé&#xa0;: %n borne associée</numerusform>
            <numerusform>Activé&#xa0;: %n bornes associées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected now</source>
        <translation>
            <numerusform>%n connectée maintenant</numerusform>
            <numerusform>%n connectées maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk is Kiosk %1.</source>
        <translation>Cette borne est la Borne %1.</translation>
    </message>
    <message>
        <source>Kiosk %1: last heard %2</source>
        <translation>Borne %1&#xa0;: dernières nouvelles %2</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Several kiosks is off. This kiosk keeps everything it holds.</source>
        <translation>Plusieurs bornes est désactivé. Cette borne garde tout ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Several kiosks is on. Tap “Add a kiosk” to pair another kiosk nearby.</source>
        <translation>Plusieurs bornes est activé. Touchez «&#xa0;Ajouter une borne&#xa0;» pour associer une autre borne à proximité.</translation>
    </message>
    <message>
        <source>Tap the other kiosk. On it, open Several kiosks too. Both screens show the same code.</source>
        <translation>Touchez l&apos;autre borne. Sur celle-ci, ouvrez aussi Plusieurs bornes. Les deux écrans affichent le même code.</translation>
    </message>
    <message>
        <source>No other kiosk heard yet. Turn on Several kiosks on the other kiosk, then tap “Add a kiosk” again.</source>
        <translation>Aucune autre borne n&apos;a encore donné de nouvelles. Activez Plusieurs bornes sur l&apos;autre borne, puis touchez à nouveau «&#xa0;Ajouter une borne&#xa0;».</translation>
    </message>
    <message>
        <source>Kiosk %1 · code %2</source>
        <translation>Borne %1 · code %2</translation>
    </message>
    <message>
        <source>Does the other kiosk show the code %1? Confirm on both kiosks.</source>
        <translation>L&apos;autre borne affiche-t-elle le code %1&#xa0;? Confirmez sur les deux bornes.</translation>
    </message>
    <message>
        <source>Same code: pair</source>
        <translation>Même code&#xa0;: associer</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Now confirm on the other kiosk too. This kiosk says when both have.</source>
        <translation>Confirmez maintenant aussi sur l&apos;autre borne. Cette borne vous dira quand les deux l&apos;auront fait.</translation>
    </message>
    <message>
        <source>Paired. What is listed at either kiosk now shows at both.</source>
        <translation>Associées. Ce qui est inscrit sur l&apos;une des deux bornes apparaît maintenant sur les deux.</translation>
    </message>
    <message>
        <source>Stop sharing with the other kiosks? Everything this kiosk holds stays here.</source>
        <translation>Arrêter de partager avec les autres bornes&#xa0;? Tout ce que contient cette borne reste ici.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation>Veuillez d&apos;abord brancher une clé USB.</translation>
    </message>
    <message>
        <source>The USB stick is full. Make room on it, then copy again.</source>
        <translation>La clé USB est pleine. Libérez de la place, puis copiez à nouveau.</translation>
    </message>
    <message>
        <source>The USB stick could not be read or written; was it pulled out? Plug it in again, then copy again.</source>
        <translation>La clé USB n’a pas pu être lue ni écrite&#xa0;; a-t-elle été retirée&#xa0;? Rebranchez-la, puis copiez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n journal file(s) to the stick.</source>
        <translation>
            <numerusform>%n fichier de journal copié sur la clé.</numerusform>
            <numerusform>%n fichiers de journal copiés sur la clé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded in %n new change(s) from the stick.</source>
        <translation>
            <numerusform>%n nouvelle modification intégrée depuis la clé.</numerusform>
            <numerusform>%n nouvelles modifications intégrées depuis la clé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of the market</source>
        <translation>Nom du marché</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place of the market</source>
        <translation>Lieu du marché</translation>
    </message>
</context>
<context>
    <name>MealsScreen</name>
    <message>
        <source>Meals served</source>
        <translation>Repas servis</translation>
    </message>
    <message>
        <source>The serving table&apos;s plate counter</source>
        <translation>Le compteur d&apos;assiettes de la table de service</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>+1 plate</source>
        <translation>+1 assiette</translation>
    </message>
    <message>
        <source>+5 plates</source>
        <translation>+5 assiettes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take back the last tap</source>
        <translation>Annuler la dernière touche</translation>
    </message>
    <message>
        <source>Only the number of plates is kept, per quarter hour: nothing about who ate.</source>
        <translation>Seul le nombre d&apos;assiettes est gardé, par quart d&apos;heure&#xa0;: rien sur qui a mangé.</translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) today</source>
        <translation>
            <numerusform>%n assiette aujourd&apos;hui</numerusform>
            <numerusform>%n assiettes aujourd&apos;hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Still open from an earlier day, so closed now: %1. What was left is kept for next time, and every contact on its skill offers is erased.</source>
        <translation>Encore ouvert depuis un jour précédent, donc fermé maintenant&#xa0;: %1. Ce qui restait est gardé pour la prochaine fois, et tous les contacts de ses offres de savoirs sont effacés.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The kiosk stopped unexpectedly last time and was started again. What it was doing when it stopped is kept in %1, beside its data file, for whoever looks after it.</source>
        <translation>La borne s’est arrêtée de façon inattendue la dernière fois et a été redémarrée. Ce qu’elle faisait au moment de l’arrêt est conservé dans %1, à côté de son fichier de données, pour la personne qui s’en occupe.</translation>
    </message>
    <message>
        <source>Sorry — something went wrong. The kiosk is still working; please try again.</source>
        <translation>Désolé — un problème est survenu. La borne fonctionne toujours&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1, and the backup from %2 was put in its place: what happened after %2 is missing.</source>
        <translation>Le fichier de données de la borne était abîmé. Il a été mis de côté sous le nom %1, et la sauvegarde de %2 a pris sa place&#xa0;: ce qui s&apos;est passé après %2 manque.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was damaged. It was kept aside as %1 and a fresh one was started.</source>
        <translation>Le fichier de données de la borne était endommagé. Il a été mis de côté sous le nom %1 et un nouveau a été commencé.</translation>
    </message>
    <message>
        <source>This kiosk is new. Fill it with a demo market to try it out? (Stewards can start a real market any time.)</source>
        <translation>Cette borne est neuve. La remplir avec un marché de démonstration pour l&apos;essayer&#xa0;? (Les bénévoles peuvent ouvrir un vrai marché à tout moment.)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No steward PIN has been set on this kiosk yet.</source>
        <translation>Aucun code des bénévoles n&apos;a encore été défini sur cette borne.</translation>
    </message>
    <message>
        <source>Whoever looks after this kiosk sets it on its computer, with this command:
%1</source>
        <translation>La personne qui s&apos;occupe de cette borne le définit sur son ordinateur, avec cette commande&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Stewards: type the PIN to leave the kiosk</source>
        <translation>Bénévoles&#xa0;: tapez le code pour quitter la borne</translation>
    </message>
    <message>
        <source>Stewards: type the PIN</source>
        <translation>Bénévoles&#xa0;: tapez le code</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n chiffre tapé</numerusform>
            <numerusform>%n chiffres tapés</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ce code n&apos;est pas le bon. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. The pad opens again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais ratés. Le clavier se rouvre dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais ratés. Le clavier se rouvre dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>The on-screen keyboard does not work on this Wayland desktop: install XWayland (the xwayland package) and start the kiosk again, or start it with QT_QPA_PLATFORM=xcb.</source>
        <translation>Le clavier à l&apos;écran ne fonctionne pas sur ce bureau Wayland&#xa0;: installez XWayland (le paquet xwayland) et relancez la borne, ou lancez-la avec QT_QPA_PLATFORM=xcb.</translation>
    </message>
</context>
<context>
    <name>PrinterLink</name>
    <message>
        <source>Finding the printer…</source>
        <translation>Recherche de l&apos;imprimante…</translation>
    </message>
    <message>
        <source>The printer has not answered yet</source>
        <translation>L&apos;imprimante n&apos;a pas encore répondu</translation>
    </message>
    <message>
        <source>Looking for the printer</source>
        <translation>Recherche de l&apos;imprimante</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>On the printer %1</source>
        <translation>Sur l&apos;imprimante %1</translation>
    </message>
    <message>
        <source>Choose a printer</source>
        <translation>Choisir une imprimante</translation>
    </message>
    <message>
        <source>The printer has not answered yet. Please check that it is switched on, then try again.</source>
        <translation>L’imprimante n’a pas encore répondu. Vérifiez qu’elle est allumée, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ProblemWindow</name>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full, so nothing can be saved: what is on the table can be looked at, but not changed. Stewards: make room on it, then start the kiosk again.</source>
        <translation>Le stockage qui contient le fichier de données de la borne est plein&#xa0;: rien ne peut être enregistré. On peut regarder ce qui est sur la table, mais pas le changer. Bénévoles&#xa0;: libérez de la place, puis relancez la borne.</translation>
    </message>
    <message>
        <source>The kiosk cannot use its data file at %1.</source>
        <translation>La borne ne peut pas utiliser son fichier de données %1.</translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation>Table commune</translation>
    </message>
    <message>
        <source>Stewards: the data file is %1. Check that its folder can be written, then start the kiosk again.</source>
        <translation>Bénévoles&#xa0;: le fichier de données est %1. Vérifiez qu&apos;on peut écrire dans son dossier, puis relancez la borne.</translation>
    </message>
    <message>
        <source>Stewards: another Commons Table window is already open on %1. Use that one, or quit it first.</source>
        <translation>Bénévoles&#xa0;: une autre fenêtre de Commons Table est déjà ouverte sur %1. Utilisez-la, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The PIN cannot be read from the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation>Le code ne peut pas être lu dans le fichier de données, donc cet écran ne peut pas être fermé ici. Bénévoles&#xa0;: arrêtez la borne depuis le terminal de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>No steward PIN is set in the data file, so this screen cannot be closed here. Stewards: stop the kiosk from the computer&apos;s shell.</source>
        <translation>Aucun code des bénévoles n&apos;est défini dans le fichier de données, donc cet écran ne peut pas être fermé ici. Bénévoles&#xa0;: arrêtez la borne depuis le terminal de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Stewards: type the PIN to close this screen.</source>
        <translation>Bénévoles&#xa0;: tapez le code pour fermer cet écran.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation>Ensemble, nous avons partagé %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n chose</numerusform>
            <numerusform>%n choses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 found a new home; %2 are still here now.</source>
        <translation>%1 ont trouvé preneur&#xa0;; %2 sont encore là maintenant.</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 were still here at the end.</source>
        <translation>%1 ont trouvé preneur&#xa0;; %2 étaient encore là à la fin.</translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation>Tas trop gros pour être comptés encore là&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation>Recherches publiées&#xa0;: %1, trouvées&#xa0;: %2. Savoirs proposés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate from average weights).</source>
        <translation>Environ %1 kg sauvés de la poubelle (estimation grossière à partir de poids moyens).</translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation>Repas servis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation>Nourriture récupérée&#xa0;: %1 kg pesés, %2 pièces comptées (tel qu&apos;enregistré, sans estimation).</translation>
    </message>
    <message numerus="yes">
        <source>%n pile(s)</source>
        <translation>
            <numerusform>%n tas</numerusform>
            <numerusform>%n tas</numerusform>
        </translation>
    </message>
    <message>
        <source>Commons Table · what we shared together</source>
        <translation>Table commune · ce que nous avons partagé ensemble</translation>
    </message>
    <message>
        <source>Free market</source>
        <translation>Marché gratuit</translation>
    </message>
    <message>
        <source>Nobody keeps score: these are the table&apos;s totals, never anyone&apos;s own.</source>
        <translation>Personne ne compte&#xa0;: ce sont les totaux de la table, jamais ceux de quelqu&apos;un.</translation>
    </message>
    <message>
        <source>The day in numbers</source>
        <translation>La journée en chiffres</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>Apportées</translation>
    </message>
    <message>
        <source>Found a home</source>
        <translation>Ont trouvé preneur</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Encore là</translation>
    </message>
    <message>
        <source>Piles</source>
        <translation>Tas</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvées</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>kg each</source>
        <translation>kg pièce</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source> * changed by a steward.</source>
        <translation> * modifié par un·e bénévole.</translation>
    </message>
    <message>
        <source>“Piles” are heaps too big to count; each thing taken from one counts as brought and taken. kg: things taken × an average weight per kind, which stewards can change.</source>
        <translation>Les «&#xa0;tas&#xa0;» sont trop gros pour être comptés&#xa0;; chaque chose prise dans un tas compte comme apportée et emportée. kg&#xa0;: choses emportées × un poids moyen par type, que les bénévoles peuvent modifier.</translation>
    </message>
    <message>
        <source>kg each: the weight used for one thing; the starting weights are the Commons Table project&apos;s own round guesses, not measurements (docs/export.md says how each was chosen).</source>
        <translation>kg pièce&#xa0;: le poids utilisé pour un objet&#xa0;; les poids de départ sont des estimations rondes du projet Commons Table lui-même, pas des mesures (docs/export.md explique le choix de chacun).</translation>
    </message>
    <message>
        <source>The details of this market were deleted after export; only the totals are kept.</source>
        <translation>Les détails de ce marché ont été effacés après l&apos;export&#xa0;; seuls les totaux sont gardés.</translation>
    </message>
    <message>
        <source>Food rescued from</source>
        <translation>Nourriture récupérée de</translation>
    </message>
    <message>
        <source>kg weighed</source>
        <translation>kg pesés</translation>
    </message>
    <message>
        <source>pieces counted</source>
        <translation>pièces comptées</translation>
    </message>
    <message>
        <source>Leftovers hand-off sheet</source>
        <translation>Fiche de remise des restes</translation>
    </message>
    <message>
        <source>Kept for next time</source>
        <translation>Gardé pour la prochaine fois</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>What happens to what is left: %1</source>
        <translation>Ce que devient ce qui reste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was left on the table.</source>
        <translation>Il ne restait rien sur la table.</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>RescuedScreen</name>
    <message>
        <source>Food rescued</source>
        <translation>Nourriture récupérée</translation>
    </message>
    <message>
        <source>Record food that came in, by weight or count</source>
        <translation>Noter la nourriture arrivée, au poids ou à la pièce</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Where did it come from?</source>
        <translation>D&apos;où vient-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Weighed (kg)</source>
        <translation>Pesé (kg)</translation>
    </message>
    <message>
        <source>Counted (pieces)</source>
        <translation>Compté (pièces)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Virgule décimale</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take back the last one added</source>
        <translation>Annuler le dernier ajout</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Aujourd&apos;hui&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing recorded today yet.</source>
        <translation>Rien de noté aujourd&apos;hui pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SetupCopy</name>
    <message>
        <source>Please plug in a USB stick first.</source>
        <translation>Branchez d’abord une clé USB.</translation>
    </message>
    <message>
        <source>The USB stick could not be used (%1). Please try again, or another stick.</source>
        <translation>La clé USB n’a pas pu être utilisée (%1). Réessayez, ou avec une autre clé.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s setup is on the stick, as %1. Another kiosk uses it with “Use a setup from a USB stick”.</source>
        <translation>Les réglages de cette borne sont sur la clé, sous le nom %1. Une autre borne les utilise avec «&#xa0;Utiliser des réglages d’une clé USB&#xa0;».</translation>
    </message>
    <message>
        <source>Use the setup on the USB stick? Its welcome words, kinds and languages of the signs, weights, idle time and skills share replace this kiosk&apos;s. Markets and the PIN stay as they are.</source>
        <translation>Utiliser les réglages de la clé USB&#xa0;? Leurs mots d’accueil, types et langues des affiches, poids, délai d’inactivité et partage de savoirs remplacent ceux de cette borne. Les marchés et le code PIN restent tels quels.</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Les utiliser</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>This kiosk now uses the setup from the stick.</source>
        <translation>Cette borne utilise maintenant les réglages de la clé.</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <source>Everything here is free. Take what you need, bring what you can. Nobody keeps score.</source>
        <translation>Tout ici est gratuit. Prenez ce dont vous avez besoin, apportez ce que vous pouvez. Personne ne compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) on the table</source>
        <translation>
            <numerusform>%n chose sur la table</numerusform>
            <numerusform>%n choses sur la table</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Free to take</source>
        <translation>Gratuit, servez-vous</translation>
    </message>
    <message>
        <source>fold here</source>
        <translation>plier ici</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>enfants</translation>
    </message>
    <message>
        <source>At %1 — take what you need</source>
        <translation>À %1 — prenez ce dont vous avez besoin</translation>
    </message>
    <message>
        <source>The table is empty right now. Bring something!</source>
        <translation>La table est vide pour l&apos;instant. Apportez quelque chose&#xa0;!</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Ici maintenant</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Signes</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>Nobody is looking for anything right now.</source>
        <translation>Personne ne cherche rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Someone at the market is looking for these. Have one? Bring it to the table.</source>
        <translation>Quelqu&apos;un au marché cherche ces choses. Vous en avez une&#xa0;? Apportez-la à la table.</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Recherché</translation>
    </message>
    <message>
        <source>Welcome sign</source>
        <translation>Panneau d&apos;accueil</translation>
    </message>
    <message>
        <source>Category signs</source>
        <translation>Panneaux par type</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Chevalets de table</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>(Too long for a code.)</source>
        <translation>(Trop long pour un code.)</translation>
    </message>
    <message>
        <source>Scan with a phone — no internet needed</source>
        <translation>Scannez avec un téléphone — sans internet</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet.</source>
        <translation>Personne n&apos;a encore proposé de savoir.</translation>
    </message>
    <message>
        <source>Skills share</source>
        <translation>Rencontre de savoirs</translation>
    </message>
    <message>
        <source>Day and place to be announced</source>
        <translation>Jour et lieu à venir</translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation>Savoirs proposés</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Offer yours at the kiosk!</source>
        <translation>Personne n&apos;a encore proposé de savoir. Proposez le vôtre à la borne&#xa0;!</translation>
    </message>
    <message>
        <source>Scan to add it to your calendar</source>
        <translation>Scannez pour l&apos;ajouter à votre agenda</translation>
    </message>
    <message>
        <source>Skill cards</source>
        <translation>Cartes de savoirs</translation>
    </message>
    <message>
        <source>Skills-share poster</source>
        <translation>Affiche de la rencontre de savoirs</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Préparé le %1</translation>
    </message>
    <message>
        <source>Rescued on %1</source>
        <translation>Récupéré le %1</translation>
    </message>
    <message>
        <source>Eat by %1</source>
        <translation>À consommer avant le %1</translation>
    </message>
    <message>
        <source>Eat by: see the pack</source>
        <translation>À consommer avant&#xa0;: voir l&apos;emballage</translation>
    </message>
    <message>
        <source>Allergens not marked: please ask</source>
        <translation>Allergènes non indiqués&#xa0;: demandez</translation>
    </message>
    <message>
        <source>Ingredients: %1</source>
        <translation>Ingrédients&#xa0;: %1</translation>
    </message>
    <message>
        <source>No food on the table right now.</source>
        <translation>Pas de nourriture sur la table pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SignsScreen</name>
    <message>
        <source>Print signs</source>
        <translation>Imprimer les panneaux</translation>
    </message>
    <message>
        <source>Signs for the tables, on paper or as a PDF</source>
        <translation>Panneaux pour les tables, sur papier ou en PDF</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Quoi imprimer</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Which categories</source>
        <translation>Quels types</translation>
    </message>
    <message>
        <source>Those on the table</source>
        <translation>Ceux sur la table</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Languages (one or two; the first chosen is the biggest)</source>
        <translation>Langues (une ou deux&#xa0;; la première choisie est la plus grande)</translation>
    </message>
    <message>
        <source>Words on the welcome sign</source>
        <translation>Mots du panneau d&apos;accueil</translation>
    </message>
    <message>
        <source>Welcome words in %1</source>
        <translation>Mots d&apos;accueil en %1</translation>
    </message>
    <message>
        <source>Save words</source>
        <translation>Enregistrer les mots</translation>
    </message>
    <message>
        <source>Usual words</source>
        <translation>Mots habituels</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>A preview of every page</source>
        <translation>Un aperçu de chaque page</translation>
    </message>
    <message>
        <source>Printers…</source>
        <translation>Imprimantes…</translation>
    </message>
    <message>
        <source>Another printer or paper</source>
        <translation>Une autre imprimante ou un autre papier</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The welcome sign shows the new words.</source>
        <translation>Enregistré. Le panneau d&apos;accueil affiche les nouveaux mots.</translation>
    </message>
    <message>
        <source>Commons Table signs</source>
        <translation>Panneaux de la Table commune</translation>
    </message>
    <message>
        <source>The pages from before are still on their way to the printer. Please wait until they are sent.</source>
        <translation>Les pages d&apos;avant sont encore en route vers l&apos;imprimante. Merci d&apos;attendre qu&apos;elles soient envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>These signs have %n page(s): please choose pages among them.</source>
        <translation>
            <numerusform>Ces panneaux ont %n page&#xa0;: choisissez-la.</numerusform>
            <numerusform>Ces panneaux ont %n pages&#xa0;: choisissez des pages parmi elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Envoi à l&apos;imprimante…</translation>
    </message>
    <message>
        <source>The printer is not answering yet, so the pages are still waiting to be sent. They may print later, when it answers: please check the printer before printing again.</source>
        <translation>L&apos;imprimante ne répond pas encore&#xa0;: les pages attendent toujours d&apos;être envoyées. Elles pourraient s&apos;imprimer plus tard, quand elle répondra&#xa0;: vérifiez l&apos;imprimante avant d&apos;imprimer à nouveau.</translation>
    </message>
    <message>
        <source>The printer did not take the pages. Is it switched on and connected?</source>
        <translation>L&apos;imprimante n&apos;a pas pris les pages. Est-elle allumée et branchée&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file. Please use Print.</source>
        <translation>Les cartes de savoirs portent les contacts des personnes&#xa0;: elles sont seulement imprimées, jamais enregistrées dans un fichier. Utilisez Imprimer, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1 (%2).</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) on the USB drive as %1.</source>
        <translation>
            <numerusform>%n page enregistrée sur la clé USB sous %1.</numerusform>
            <numerusform>%n pages enregistrées sur la clé USB sous %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as %1 (no USB drive is plugged in).</source>
        <translation>
            <numerusform>%n page enregistrée sous %1 (aucune clé USB branchée).</numerusform>
            <numerusform>%n pages enregistrées sous %1 (aucune clé USB branchée).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillOfferScreen</name>
    <message>
        <source>Bike repair</source>
        <translation>Réparer les vélos</translation>
    </message>
    <message>
        <source>Sewing and mending</source>
        <translation>Couture</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Premiers secours</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Computers and phones</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <source>Gardening</source>
        <translation>Jardinage</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Tax forms</source>
        <translation>Papiers d&apos;impôts</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Garde d&apos;enfants</translation>
    </message>
    <message>
        <source>Haircuts</source>
        <translation>Coupe de cheveux</translation>
    </message>
    <message>
        <source>Fixing things</source>
        <translation>Réparations</translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation>Proposer un savoir</translation>
    </message>
    <message>
        <source>What can you share? Type it, or tap one:</source>
        <translation>Que pouvez-vous partager&#xa0;? Écrivez-le, ou touchez-en un&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. bike repair</source>
        <translation>ex. réparation de vélo</translation>
    </message>
    <message>
        <source>The skill you can share</source>
        <translation>Le savoir que vous pouvez partager</translation>
    </message>
    <message>
        <source>A few words about it (optional):</source>
        <translation>Quelques mots (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. bring your bike, I&apos;ll show you how to fix a flat</source>
        <translation>ex. venez avec votre vélo, je vous montre comment réparer une crevaison</translation>
    </message>
    <message>
        <source>A few words about the skill (optional)</source>
        <translation>Quelques mots sur le savoir (facultatif)</translation>
    </message>
    <message>
        <source>When could you share it?</source>
        <translation>Quand pourriez-vous le partager&#xa0;?</translation>
    </message>
    <message>
        <source>A way to reach you (optional):</source>
        <translation>Un moyen de vous joindre (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>a name, a Signal handle, a phone…</source>
        <translation>un nom, un pseudo Signal, un téléphone…</translation>
    </message>
    <message>
        <source>A way to reach you (optional)</source>
        <translation>Un moyen de vous joindre (facultatif)</translation>
    </message>
    <message>
        <source>It is only put on your card and its code, never shown in any list, and forgotten when this market closes.</source>
        <translation>Il n&apos;apparaît que sur votre carte et son code, jamais dans une liste, et il est oublié à la fermeture du marché.</translation>
    </message>
    <message>
        <source>Forget it right after printing</source>
        <translation>L&apos;oublier juste après l&apos;impression</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Save and show my code</source>
        <translation>Enregistrer et voir mon code</translation>
    </message>
    <message>
        <source>Bring your bike; I&apos;ll show you how to fix a flat</source>
        <translation>Venez avec votre vélo&#xa0;; je vous montre comment réparer une crevaison</translation>
    </message>
</context>
<context>
    <name>SkillQrScreen</name>
    <message>
        <source>Thank you! Here is your offer&apos;s code:</source>
        <translation>Merci&#xa0;! Voici le code de votre offre&#xa0;:</translation>
    </message>
    <message>
        <source>This offer is no longer here.</source>
        <translation>Cette offre n&apos;est plus là.</translation>
    </message>
    <message>
        <source>The code for %1</source>
        <translation>Le code de %1</translation>
    </message>
    <message>
        <source>Skills share: %1</source>
        <translation>Rencontre de savoirs&#xa0;: %1</translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read.</source>
        <translation>Cette offre est trop longue pour un code lisible par un téléphone.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words, when, and the skills share&apos;s day and place. No internet needed.</source>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers le code&#xa0;: il contient le savoir, les mots, quand, et le jour et le lieu de la rencontre. Sans internet.</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code: it holds the skill, the words and when. No internet needed.</source>
        <translation>Pointez l&apos;appareil photo de votre téléphone vers le code&#xa0;: il contient le savoir, les mots et quand. Sans internet.</translation>
    </message>
    <message>
        <source>The words were shortened to fit the code.</source>
        <translation>Les mots ont été raccourcis pour tenir dans le code.</translation>
    </message>
    <message>
        <source>Your code also holds your contact, for your phone only. The list shows your offer without it; your printed card at the skills share carries it.</source>
        <translation>Votre code contient aussi votre contact, pour votre téléphone seulement. La liste montre votre offre sans lui&#xa0;; votre carte imprimée au partage de savoirs le porte.</translation>
    </message>
    <message>
        <source>To reach this person: their contact is on their printed card at the skills share.</source>
        <translation>Pour joindre cette personne&#xa0;: son contact est sur sa carte imprimée au partage de savoirs.</translation>
    </message>
    <message>
        <source>To reach this person, meet them at the skills share.</source>
        <translation>Pour joindre cette personne, retrouvez-la au partage de savoirs.</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Tous les savoirs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>SkillsScreen</name>
    <message>
        <source>weekday evenings</source>
        <translation>soirs de semaine</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>week-ends</translation>
    </message>
    <message>
        <source>at the skills-share</source>
        <translation>à la rencontre de savoirs</translation>
    </message>
    <message>
        <source>Skills on offer</source>
        <translation>Savoirs proposés</translation>
    </message>
    <message>
        <source>Tap one to see its code — your phone&apos;s camera reads it, no internet needed.</source>
        <translation>Touchez-en un pour voir son code — l&apos;appareil photo du téléphone le lit, sans internet.</translation>
    </message>
    <message>
        <source>Offer a skill</source>
        <translation>Proposer un savoir</translation>
    </message>
    <message>
        <source>Nobody has offered a skill yet. Be the first!</source>
        <translation>Personne n&apos;a encore proposé de savoir. Soyez la première personne&#xa0;!</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <source>Reading aloud is on.</source>
        <translation>La lecture à voix haute est activée.</translation>
    </message>
    <message>
        <source>%1. You can choose: %2.</source>
        <translation>%1. Vous pouvez choisir&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Welcome! Everything here is free.</source>
        <translation>Bienvenue&#xa0;! Tout ici est gratuit.</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>Voir ce qu&apos;il y a</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>StewardScreen</name>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>Ce marché</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Go back to the start after this long without a touch</source>
        <translation>Revenir au début après ce temps sans contact</translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Plus court</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>Quit kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>This kiosk&apos;s setup</source>
        <translation>Les réglages de cette borne</translation>
    </message>
    <message>
        <source>Welcome words, kinds and languages of the signs, weights, idle time and skills share, in one small file for the collective&apos;s other kiosks: never the PIN, never a market.</source>
        <translation>Mots d’accueil, types et langues des affiches, poids, délai d’inactivité et partage de savoirs, dans un petit fichier pour les autres bornes du collectif&#xa0;: jamais le code PIN, jamais un marché.</translation>
    </message>
    <message>
        <source>Copy this kiosk&apos;s setup to a USB stick</source>
        <translation>Copier les réglages sur une clé USB</translation>
    </message>
    <message>
        <source>Use a setup from a USB stick</source>
        <translation>Utiliser des réglages d’une clé USB</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the kiosk? Visitors will not be able to use it until it is started again.</source>
        <translation>Fermer la borne&#xa0;? Personne ne pourra l&apos;utiliser avant qu&apos;elle soit relancée.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Summary &amp; export</source>
        <translation>Bilan et export</translation>
    </message>
    <message>
        <source>What we shared together, and files to take home</source>
        <translation>Ce que nous avons partagé, et des fichiers à emporter</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Market days</source>
        <translation>Jours de marché</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Weights for the kg estimate</source>
        <translation>Poids pour l&apos;estimation en kg</translation>
    </message>
    <message>
        <source>Average kilograms of one thing of each kind. Things taken × weight gives a rough “kept out of the bin” figure. The starting numbers are round guesses; change them to suit your table.</source>
        <translation>Kilogrammes moyens d&apos;une chose de chaque type. Choses emportées × poids donne une estimation de ce qui a été «&#xa0;sauvé de la poubelle&#xa0;». Les valeurs de départ sont des approximations&#xa0;; adaptez-les à votre table.</translation>
    </message>
    <message>
        <source>* changed by a steward.</source>
        <translation>* modifié par un·e bénévole.</translation>
    </message>
    <message>
        <source>Export: pick where, then what</source>
        <translation>Exporter&#xa0;: choisissez où, puis quoi</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Données (JSON)</translation>
    </message>
    <message>
        <source>No market yet</source>
        <translation>Pas encore de marché</translation>
    </message>
    <message>
        <source>Open a market in “Market days”; its summary shows here.</source>
        <translation>Ouvrez un marché dans «&#xa0;Jours de marché&#xa0;»&#xa0;; son bilan s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Together we shared %1 in %2.</source>
        <translation>Ensemble, nous avons partagé %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n chose</numerusform>
            <numerusform>%n choses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>Meals served: %1.</source>
        <translation>Repas servis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Food rescued: %1 kg weighed, %2 pieces counted (as recorded, not estimated).</source>
        <translation>Nourriture récupérée&#xa0;: %1 kg pesés, %2 pièces comptées (tel qu&apos;enregistré, sans estimation).</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here now.</source>
        <translation>%1 ont trouvé preneur&#xa0;; %2 encore là maintenant.</translation>
    </message>
    <message>
        <source>%1 found a new home; %2 still here at the end.</source>
        <translation>%1 ont trouvé preneur&#xa0;; %2 encore là à la fin.</translation>
    </message>
    <message>
        <source>Piles too big to count still here: %1.</source>
        <translation>Tas trop gros pour être comptés encore là&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Wants posted: %1, found: %2. Skills offered: %3.</source>
        <translation>Recherches publiées&#xa0;: %1, trouvées&#xa0;: %2. Savoirs proposés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>About %1 kg kept out of the bin (a rough estimate).</source>
        <translation>Environ %1 kg sauvés de la poubelle (estimation grossière).</translation>
    </message>
    <message>
        <source>The details were deleted after export; only the totals are kept.</source>
        <translation>Les détails ont été effacés après l&apos;export&#xa0;; seuls les totaux sont gardés.</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Lighter</source>
        <translation>Plus léger</translation>
    </message>
    <message>
        <source>Heavier</source>
        <translation>Plus lourd</translation>
    </message>
    <message>
        <source>Lighter: %1</source>
        <translation>Plus léger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Heavier: %1</source>
        <translation>Plus lourd&#xa0;: %1</translation>
    </message>
    <message>
        <source>This kiosk (exports folder)</source>
        <translation>Cette borne (dossier exports)</translation>
    </message>
    <message>
        <source>Please pick where to save first.</source>
        <translation>Choisissez d&apos;abord où enregistrer.</translation>
    </message>
    <message>
        <source>That folder cannot be written to. Pick another place.</source>
        <translation>Impossible d&apos;écrire dans ce dossier. Choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you — it&apos;s on the table!</source>
        <translation>Merci — c&apos;est sur la table&#xa0;!</translation>
    </message>
    <message>
        <source>Bring more</source>
        <translation>Apporter autre chose</translation>
    </message>
    <message>
        <source>See what&apos;s here</source>
        <translation>Voir ce qu&apos;il y a</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Lots of %1</source>
        <translation>Beaucoup de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) looking for %1 — tell the table!</source>
        <translation>
            <numerusform>%n personne cherche %1 — dites-le à la table&#xa0;!</numerusform>
            <numerusform>%n personnes cherchent %1 — dites-le à la table&#xa0;!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WantedScreen</name>
    <message>
        <source>What are you looking for? Tap one.</source>
        <translation>Que cherchez-vous&#xa0;? Touchez-en un.</translation>
    </message>
    <message>
        <source>People are looking for:</source>
        <translation>Des gens cherchent&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody has asked for anything yet.</source>
        <translation>Personne n&apos;a encore rien demandé.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Add a few words or a size if you like — or just post it.</source>
        <translation>Ajoutez quelques mots ou une taille si vous voulez — ou publiez tel quel.</translation>
    </message>
    <message>
        <source>e.g. winter boots, a kettle</source>
        <translation>ex. bottes d&apos;hiver, une bouilloire</translation>
    </message>
    <message>
        <source>What exactly (optional)</source>
        <translation>Quoi exactement (facultatif)</translation>
    </message>
    <message>
        <source>Post: I&apos;m looking for this</source>
        <translation>Publier&#xa0;: je cherche ceci</translation>
    </message>
    <message>
        <source>What people are looking for</source>
        <translation>Ce que les gens cherchent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message numerus="yes">
        <source>%n on the table now</source>
        <translation>
            <numerusform>%n sur la table maintenant</numerusform>
            <numerusform>%n sur la table maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>Found it</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>What people want (%1)</source>
        <translation>Ce que les gens veulent (%1)</translation>
    </message>
    <message>
        <source>Looking for: %1</source>
        <translation>Je cherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kids</source>
        <translation>Enfants</translation>
    </message>
    <message numerus="yes">
        <source>Posted. Good news: %n of these are on the table right now — have a look!</source>
        <translation>
            <numerusform>Publié. Bonne nouvelle&#xa0;: il y en a %n sur la table en ce moment — allez voir&#xa0;!</numerusform>
            <numerusform>Publié. Bonne nouvelle&#xa0;: il y en a %n sur la table en ce moment — allez voir&#xa0;!</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les voir</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Posted: %1. When someone brings one, the kiosk will tell them you&apos;re looking.</source>
        <translation>Publié&#xa0;: %1. Quand quelqu&apos;un en apportera, la borne lui dira que vous cherchez.</translation>
    </message>
    <message>
        <source>Marked found: %1</source>
        <translation>Marqué trouvé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Commons Table</source>
        <translation>Table commune</translation>
    </message>
    <message>
        <source>This is a demo, for trying the kiosk out: nothing here counts.</source>
        <translation>Ceci est une démo pour essayer la borne&#xa0;: rien ici ne compte.</translation>
    </message>
    <message>
        <source>Everything here is free</source>
        <translation>Tout ici est gratuit</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>Un code ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>Please choose {fewest} to {most} digits.</source>
        <translation>Choisissez de {fewest} à {most} chiffres.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage is full, so this was not saved. Please tell a steward.</source>
        <translation>La mémoire de la borne est pleine, ce n&apos;a donc pas été enregistré. Prévenez un ou une bénévole.</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data file, so this was not saved. Please tell a steward.</source>
        <translation>La borne ne peut pas écrire dans son fichier de données, ce n&apos;a donc pas été enregistré. Prévenez un ou une bénévole.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged, so this was not saved. Please tell a steward.</source>
        <translation>Le fichier de données de la borne est endommagé, ce n&apos;a donc pas été enregistré. Prévenez un ou une bénévole.</translation>
    </message>
    <message>
        <source>The kiosk is busy for a moment — please try again.</source>
        <translation>La borne est occupée un instant — veuillez réessayer.</translation>
    </message>
    <message>
        <source>The kiosk could not reach its data file, so this was not saved. Please tell a steward.</source>
        <translation>La borne n&apos;a pas pu atteindre son fichier de données, ce n&apos;a donc pas été enregistré. Prévenez un ou une bénévole.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file was deleted or replaced while the kiosk ran, so this was not saved. Everything saved before is kept in {kept}. Please tell a steward: start the kiosk again.</source>
        <translation>Le fichier de données de la borne a été supprimé ou remplacé pendant qu&apos;elle fonctionnait, donc ceci n&apos;a pas été enregistré. Tout ce qui l&apos;a été avant est gardé dans {kept}. Prévenez un ou une bénévole&#xa0;: il faut redémarrer la borne.</translation>
    </message>
    <message>
        <source>The storage that holds the kiosk&apos;s data file is full.</source>
        <translation>Le stockage qui contient le fichier de données de la borne est plein.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file cannot be written to.</source>
        <translation>Le fichier de données de la borne ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Another program is using the kiosk&apos;s data file.</source>
        <translation>Un autre programme utilise le fichier de données de la borne.</translation>
    </message>
    <message>
        <source>The kiosk cannot read its data file.</source>
        <translation>La borne ne peut pas lire son fichier de données.</translation>
    </message>
    <message>
        <source>{path} is not a Commons Table data file, so it was left as it is.</source>
        <translation>{path} n&apos;est pas un fichier de données de Commons Table, il a donc été laissé tel quel.</translation>
    </message>
    <message>
        <source>{path} is empty, not a Commons Table data file.</source>
        <translation>{path} est vide&#xa0;; ce n&apos;est pas un fichier de données de Commons Table.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de données.</translation>
    </message>
    <message>
        <source>This data file was written by a newer Commons Table (data version {version}, this app knows up to {known}); please update the app.</source>
        <translation>Ce fichier de données a été écrit par une version plus récente de Table commune (version de données {version}, cette application connaît jusqu&apos;à {known})&#xa0;; mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data file is damaged.</source>
        <translation>Le fichier de données de la borne est endommagé.</translation>
    </message>
    <message>
        <source>Please choose one of the kinds of things on the screen.</source>
        <translation>Choisissez un des types de choses à l&apos;écran.</translation>
    </message>
    <message>
        <source>There is no event number {number}.</source>
        <translation>Il n&apos;y a pas de marché numéro {number}.</translation>
    </message>
    <message>
        <source>That item is no longer on the table.</source>
        <translation>Cette chose n&apos;est plus sur la table.</translation>
    </message>
    <message>
        <source>Please choose one of the choices on the screen.</source>
        <translation>Choisissez une des options à l&apos;écran, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>The event&apos;s name</source>
        <translation>Le nom du marché</translation>
    </message>
    <message>
        <source>{what} should look like 14:30.</source>
        <translation>{what} doit ressembler à 14:30.</translation>
    </message>
    <message>
        <source>{what} should be on the quarter hour.</source>
        <translation>{what} doit tomber sur un quart d&apos;heure (:00,&#xa0;:15,&#xa0;:30 ou&#xa0;:45).</translation>
    </message>
    <message>
        <source>The gathering&apos;s name</source>
        <translation>Le nom de la rencontre</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The date should look like 2026-12-12.</source>
        <translation>La date doit ressembler à 2026-12-12.</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>L&apos;heure de début</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>L&apos;heure de fin</translation>
    </message>
    <message>
        <source>The gathering should end after it starts.</source>
        <translation>La rencontre doit finir après avoir commencé.</translation>
    </message>
    <message>
        <source>The name, place and note together are too long for a calendar code a phone can read. Please shorten the note.</source>
        <translation>Le nom, le lieu et la note ensemble sont trop longs pour un code de calendrier lisible par un téléphone. Raccourcissez la note.</translation>
    </message>
    <message>
        <source>This offer is too long for a code a phone can read from a card. Please shorten the skill&apos;s name or the contact.</source>
        <translation>Cette offre est trop longue pour un code lisible par un téléphone sur une carte. Raccourcissez le nom du savoir ou le contact.</translation>
    </message>
    <message>
        <source>The date should look like 2026-11-28.</source>
        <translation>La date doit ressembler à 2026-11-28.</translation>
    </message>
    <message>
        <source>One of the marks is not one the table knows.</source>
        <translation>Un des signes n&apos;est pas connu de la table.</translation>
    </message>
    <message>
        <source>Food marks only go on food.</source>
        <translation>Les signes alimentaires ne vont que sur la nourriture.</translation>
    </message>
    <message>
        <source>The size</source>
        <translation>La taille</translation>
    </message>
    <message>
        <source>Please pick a size from the buttons.</source>
        <translation>Choisissez une taille avec les boutons.</translation>
    </message>
    <message>
        <source>The clock can be set in whole quarter hours, up to a little over a year either way.</source>
        <translation>L&apos;horloge se règle par quarts d&apos;heure entiers, jusqu&apos;à un peu plus d&apos;un an dans un sens ou dans l&apos;autre.</translation>
    </message>
    <message>
        <source>That one is all gone — sorry!</source>
        <translation>Il n&apos;y en a plus — désolé&#xa0;!</translation>
    </message>
    <message>
        <source>Only a pile of “lots” can be marked all gone.</source>
        <translation>Seul un tas «&#xa0;beaucoup&#xa0;» peut être marqué épuisé.</translation>
    </message>
    <message>
        <source>Please pick when from the buttons.</source>
        <translation>Choisissez quand avec les boutons.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>Please choose what happens to what is left.</source>
        <translation>Choisissez ce que devient ce qui reste.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock says {now}, earlier than the newest record in its data file ({newest}). Please set it: Stewards → Clock.</source>
        <translation>L&apos;horloge de cette borne indique {now}, plus tôt que l&apos;enregistrement le plus récent de son fichier de données ({newest}). Réglez-la&#xa0;: Bénévoles → Horloge.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock jumped from {newest} to {now} while a market day is open. If that is wrong, please set it: Stewards → Clock.</source>
        <translation>L&apos;horloge de cette borne a sauté de {newest} à {now} pendant qu&apos;un jour de marché est ouvert. Si c&apos;est faux, réglez-la&#xa0;: Bénévoles → Horloge.</translation>
    </message>
    <message>
        <source>{what} should be words, not a number or a list.</source>
        <translation>{what}&#xa0;: il faut des mots, pas un nombre ni une liste.</translation>
    </message>
    <message>
        <source>{what} is empty — please write a few words.</source>
        <translation>{what} est vide — écrivez quelques mots.</translation>
    </message>
    <message>
        <source>{what} is too long: {count} characters, {limit} at most. Please shorten it.</source>
        <translation>{what} est trop long&#xa0;: {count} caractères, {limit} au plus. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>How many? Please choose a number from 1 to 999, or “lots”.</source>
        <translation>Combien&#xa0;? Choisissez un nombre de 1 à 999, ou «&#xa0;beaucoup&#xa0;».</translation>
    </message>
    <message>
        <source>How many? Please use a whole number.</source>
        <translation>Combien&#xa0;? Utilisez un nombre entier.</translation>
    </message>
    <message>
        <source>How many? Please choose at least 1, or “lots”.</source>
        <translation>Combien&#xa0;? Choisissez au moins 1, ou «&#xa0;beaucoup&#xa0;».</translation>
    </message>
    <message>
        <source>{count} is more than the table can count — choose up to {most}, or “lots”.</source>
        <translation>{count}, c&apos;est plus que la table ne peut compter — choisissez jusqu&apos;à {most}, ou «&#xa0;beaucoup&#xa0;».</translation>
    </message>
    <message>
        <source>That is no longer here.</source>
        <translation>Ce n&apos;est plus là.</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>Répondez oui ou non, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>That setting cannot be kept.</source>
        <translation>Ce réglage ne peut pas être gardé.</translation>
    </message>
    <message>
        <source>Food labels print on {papers}, not &apos;{paper}&apos;.</source>
        <translation>Les étiquettes alimentaires s&apos;impriment sur {papers}, pas sur &apos;{paper}&apos;.</translation>
    </message>
    <message>
        <source>No PIN was typed, so nothing was changed.</source>
        <translation>Aucun code PIN n&apos;a été tapé, donc rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>Arrêté&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>That PIN is easy to guess (a digit repeated, a run like 1234, a year or another common one): anyone poking the pad may find it. Six digits that are not a date or a pattern are much safer.</source>
        <translation>Ce code PIN est facile à deviner (un chiffre répété, une suite comme 1234, une année ou un autre très courant)&#xa0;: n’importe qui tapotant le clavier peut le trouver. Six chiffres qui ne sont ni une date ni un motif sont bien plus sûrs.</translation>
    </message>
    <message>
        <source>Keep it anyway? Type yes to keep it: </source>
        <translation>Le garder quand même&#xa0;? Tapez oui pour le garder&#xa0;: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>New steward PIN (4 to 8 digits): </source>
        <translation>Nouveau code des bénévoles (4 à 8 chiffres)&#xa0;: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Le même code, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>The stewards&apos; PIN for {db} is set.</source>
        <translation>Le code des bénévoles de {db} est défini.</translation>
    </message>
    <message>
        <source>Nothing was changed; please run set-pin again and choose another PIN, six digits if you can.</source>
        <translation>Rien n’a été changé&#xa0;; relancez set-pin et choisissez un autre code PIN, de six chiffres si possible.</translation>
    </message>
    <message>
        <source>The two PINs were different, so nothing was changed.</source>
        <translation>Les deux codes PIN étaient différents, donc rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Wrote this kiosk&apos;s setup to {path}.</source>
        <translation>Réglages de cette borne écrits dans {path}.</translation>
    </message>
    <message>
        <source>This kiosk now uses the setup in {path}.</source>
        <translation>Cette borne utilise maintenant les réglages de {path}.</translation>
    </message>
    <message>
        <source>There is no data file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier de données à {path}.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read.</source>
        <translation>Le fichier de données {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{path} is the data file itself; please write to another file, so nothing is overwritten.</source>
        <translation>{path} est le fichier de données lui-même&#xa0;; écrivez dans un autre fichier, pour que rien ne soit écrasé.</translation>
    </message>
    <message>
        <source>{path} is part of the data file {db}; please write to another file, so nothing is overwritten.</source>
        <translation>{path} fait partie du fichier de données {db}&#xa0;; écrivez dans un autre fichier, pour que rien ne soit écrasé.</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a file name this command can use; please give a plain path.</source>
        <translation>«&#xa0;{path}&#xa0;» n’est pas un nom de fichier que cette commande peut utiliser&#xa0;; indiquez un chemin simple.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{name}&apos;; the commands are: {commands}.</source>
        <translation>Commande inconnue «&#xa0;{name}&#xa0;»&#xa0;; les commandes sont&#xa0;: {commands}.</translation>
    </message>
    <message>
        <source>{db} already holds markets; the demo only fills an empty data file, so nothing was added.</source>
        <translation>{db} contient déjà des marchés&#xa0;; la démo ne remplit qu&apos;un fichier vide, rien n&apos;a donc été ajouté.</translation>
    </message>
    <message>
        <source>Filled {db} with a demo market.</source>
        <translation>{db} rempli avec un marché de démonstration.</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} écrit.</translation>
    </message>
    <message>
        <source>The paper &apos;{paper}&apos; is for food labels (--kind food-labels); signs print on a4 or letter.</source>
        <translation>Le papier &apos;{paper}&apos; est pour les étiquettes alimentaires (--kind food-labels)&#xa0;; les affiches s&apos;impriment sur a4 ou letter.</translation>
    </message>
    <message>
        <source>Unknown kind of sign &apos;{kind}&apos;; choose from {kinds}.</source>
        <translation>Type de panneau inconnu «&#xa0;{kind}&#xa0;»&#xa0;; choisissez parmi {kinds}.</translation>
    </message>
    <message>
        <source>Skill cards carry people&apos;s contacts, so they are only printed, never saved as a file; nothing was written.</source>
        <translation>Les cartes de savoir-faire portent les coordonnées des personnes&#xa0;: elles sont seulement imprimées, jamais enregistrées dans un fichier&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Unknown screen &apos;{screen}&apos;; choose from {screens}.</source>
        <translation>Écran inconnu «&#xa0;{screen}&#xa0;»&#xa0;; choisissez parmi {screens}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of signs to {out}.</source>
        <translation>
            <numerusform>%n page de panneaux écrite dans {out}.</numerusform>
            <numerusform>%n pages de panneaux écrites dans {out}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) of food labels to {out}.</source>
        <translation>
            <numerusform>%n page d&apos;étiquettes alimentaires écrite dans {out}.</numerusform>
            <numerusform>%n pages d&apos;étiquettes alimentaires écrites dans {out}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot write beside its data file.</source>
        <translation>La borne ne peut pas écrire à côté de son fichier de données.</translation>
    </message>
    <message>
        <source>The kiosk is already running on this file.</source>
        <translation>La borne fonctionne déjà avec ce fichier.</translation>
    </message>
    <message>
        <source>The stewards&apos; PIN cannot be read from the data file.</source>
        <translation>Le code des bénévoles ne peut pas être lu dans le fichier de données.</translation>
    </message>
    <message>
        <source>Skipped {where}: {why}.</source>
        <translation>{where} a été ignoré&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s journal file {file} no longer matches its checksum.</source>
        <translation>Le fichier de journal {file} de cette borne ne correspond plus à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>There is no folder at {path}.</source>
        <translation>Il n&apos;y a pas de dossier à {path}.</translation>
    </message>
    <message>
        <source>The folder {path} holds another market&apos;s journals, so nothing was exchanged.</source>
        <translation>Le dossier {path} contient les journaux d&apos;un autre marché, rien n&apos;a donc été échangé.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation>On ne peut pas écrire dans le dossier {path}.</translation>
    </message>
    <message>
        <source>two kiosks use the same kiosk id (was a data file copied?)</source>
        <translation>deux bornes utilisent le même identifiant de borne (un fichier de données a-t-il été copié&#xa0;?)</translation>
    </message>
    <message>
        <source>this kiosk could not fold it</source>
        <translation>cette borne n&apos;a pas pu l&apos;intégrer</translation>
    </message>
    <message>
        <source>its name is not a journal file&apos;s name</source>
        <translation>son nom n&apos;est pas celui d&apos;un fichier de journal</translation>
    </message>
    <message>
        <source>it is another market&apos;s journal</source>
        <translation>c&apos;est le journal d&apos;un autre marché</translation>
    </message>
    <message>
        <source>its name does not match its first event</source>
        <translation>son nom ne correspond pas à son premier événement</translation>
    </message>
    <message>
        <source>another kiosk writes with this kiosk&apos;s id (was a data file copied?)</source>
        <translation>une autre borne écrit avec l&apos;identifiant de cette borne (un fichier de données a-t-il été copié&#xa0;?)</translation>
    </message>
    <message>
        <source>A kiosk is running on {db}, so nothing was exchanged; it exchanges on its own.</source>
        <translation>Une borne fonctionne sur {db}, donc rien n’a été échangé&#xa0;; elle fait ses échanges elle-même.</translation>
    </message>
    <message>
        <source>A paired kiosk keeps another market, and this kiosk has already shared with others, so they did not become one market: on that kiosk, tap Leave, then Add a kiosk again.</source>
        <translation>Une borne associée tient un autre marché, et cette borne partage déjà avec d&apos;autres&#xa0;: elles ne sont donc pas devenues un seul marché. Sur l&apos;autre borne, touchez Quitter, puis de nouveau Ajouter une borne.</translation>
    </message>
    <message>
        <source>This data file is not on a disk, so it cannot share.</source>
        <translation>Ce fichier de données n&apos;est pas sur un disque, il ne peut donc pas être partagé.</translation>
    </message>
    <message>
        <source>There are no kiosk journals on this stick.</source>
        <translation>Il n&apos;y a aucun journal de borne sur cette clé.</translation>
    </message>
    <message>
        <source>Several kiosks needs the Debian package “syncthing”; please install it (sudo apt install syncthing).</source>
        <translation>Plusieurs bornes a besoin du paquet Debian «&#xa0;syncthing&#xa0;»&#xa0;; veuillez l&apos;installer (sudo apt install syncthing).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s Syncthing did not start, so kiosks cannot share for now.</source>
        <translation>Le Syncthing de la borne n&apos;a pas démarré, les bornes ne peuvent donc pas partager pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{path} is a folder; please give a file name.</source>
        <translation>{path} est un dossier&#xa0;; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Nothing could be written to {path}.</source>
        <translation>Rien n&apos;a pu être écrit dans {path}.</translation>
    </message>
    <message>
        <source>Cannot write to {path}.</source>
        <translation>Impossible d&apos;écrire dans {path}.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Opération non permise</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Plus de place sur le disque</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Le disque est en lecture seule</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>C&apos;est un dossier</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erreur de lecture ou d&apos;écriture sur le disque</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota de disque dépassé</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nom de fichier trop long</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>Périphérique occupé</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>Périphérique introuvable</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>Périphérique ou adresse introuvable</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Nom ou valeur non valide</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>Le dossier n&apos;est pas vide</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>The format &apos;{format}&apos; is not one of {formats}.</source>
        <translation>Le format «&#xa0;{format}&#xa0;» n&apos;est pas l&apos;un de ceux-ci&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>PDF export needs the kiosk&apos;s display part, which is not available.</source>
        <translation>L&apos;export en PDF a besoin de la partie graphique de la borne, qui n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Please choose offers from the list.</source>
        <translation>Choisissez des offres dans la liste.</translation>
    </message>
    <message>
        <source>Please choose a weight from 0 to 50 kg.</source>
        <translation>Choisissez un poids de 0 à 50 kg.</translation>
    </message>
    <message>
        <source>There are no events yet.</source>
        <translation>Il n&apos;y a encore aucun marché.</translation>
    </message>
    <message>
        <source>The event should be a number or &apos;latest&apos;, not &apos;{which}&apos;.</source>
        <translation>Le marché doit être un numéro ou «&#xa0;latest&#xa0;», pas «&#xa0;{which}&#xa0;».</translation>
    </message>
    <message>
        <source>Close this market before deleting its details.</source>
        <translation>Fermez ce marché avant d&apos;effacer ses détails.</translation>
    </message>
    <message>
        <source>{name} is not a Commons Table setup, so nothing was changed.</source>
        <translation>{name} n’est pas un fichier de réglages Commons Table, donc rien n’a été changé.</translation>
    </message>
    <message>
        <source>{name} is too big to be a kiosk&apos;s setup, so nothing was changed.</source>
        <translation>{name} est trop gros pour être les réglages d’une borne, donc rien n’a été changé.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Commons Table; nothing was changed.</source>
        <translation>{name} a été écrit par un Commons Table plus récent&#xa0;; rien n’a été changé.</translation>
    </message>
    <message>
        <source>In {name}, {entry} is not something this kiosk can keep, so nothing was changed.</source>
        <translation>Dans {name}, {entry} n’est pas quelque chose que cette borne peut garder, donc rien n’a été changé.</translation>
    </message>
    <message>
        <source>There is no setup ({file}) on {place}.</source>
        <translation>Il n’y a pas de réglages ({file}) sur {place}.</translation>
    </message>
    <message>
        <source>Choose where the food came from.</source>
        <translation>Choisissez d&apos;où vient la nourriture.</translation>
    </message>
    <message>
        <source>Plates are counted 1 to {most} at a time.</source>
        <translation>Les assiettes se comptent de 1 à {most} à la fois.</translation>
    </message>
    <message>
        <source>Type the weight in kg, or how many pieces.</source>
        <translation>Tapez le poids en kg, ou combien de pièces.</translation>
    </message>
    <message>
        <source>Please type a weight from 0.1 to {most} kg.</source>
        <translation>Tapez un poids de 0,1 à {most} kg.</translation>
    </message>
    <message>
        <source>Please count from 1 to {most} pieces.</source>
        <translation>Comptez de 1 à {most} pièces.</translation>
    </message>
    <message>
        <source>Say what it is: type a few words or tap a kind of food.</source>
        <translation>Dites ce que c&apos;est&#xa0;: écrivez quelques mots ou touchez un type d&apos;aliment.</translation>
    </message>
    <message>
        <source>That is too long for a label; please shorten it.</source>
        <translation>C&apos;est trop long pour une étiquette&#xa0;; raccourcissez-le, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Eat by must be on or after the day it was made, and at most 7 days later.</source>
        <translation>«&#xa0;À consommer avant&#xa0;» doit tomber le jour de la préparation ou après, et au plus 7 jours plus tard.</translation>
    </message>
    <message>
        <source>Between 1 and {most} labels at a time.</source>
        <translation>Entre 1 et {most} étiquettes à la fois.</translation>
    </message>
    <message>
        <source>an event of another kiosk inside a kiosk&apos;s journal</source>
        <translation>un événement d&apos;une autre borne dans le journal d&apos;une borne</translation>
    </message>
    <message>
        <source>an event with {what}</source>
        <translation>un événement avec {what}</translation>
    </message>
    <message>
        <source>words that are not words</source>
        <translation>des mots qui n&apos;en sont pas</translation>
    </message>
    <message>
        <source>a date that is not a date</source>
        <translation>une date qui n&apos;en est pas une</translation>
    </message>
    <message>
        <source>a reference that is not a thing&apos;s id</source>
        <translation>une référence qui n&apos;est pas l&apos;identifiant d&apos;un objet</translation>
    </message>
    <message>
        <source>a yes/no that is neither</source>
        <translation>un oui/non qui n&apos;est ni l&apos;un ni l&apos;autre</translation>
    </message>
    <message>
        <source>a list that is not a short list of words</source>
        <translation>une liste qui n&apos;est pas une courte liste de mots</translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation>un nombre hors limites</translation>
    </message>
    <message>
        <source>a welcome text that is not one</source>
        <translation>un texte d&apos;accueil qui n&apos;en est pas un</translation>
    </message>
    <message>
        <source>sign languages that are not languages</source>
        <translation>des langues de panneaux qui ne sont pas des langues</translation>
    </message>
    <message>
        <source>a choice of sign categories that is none</source>
        <translation>un choix de catégories de panneaux qui n&apos;en est pas un</translation>
    </message>
    <message>
        <source>chosen categories that are not categories</source>
        <translation>des catégories choisies qui ne sont pas des catégories</translation>
    </message>
    <message>
        <source>weights that are not weights</source>
        <translation>des poids qui n&apos;en sont pas</translation>
    </message>
    <message>
        <source>a skills gathering that is not one</source>
        <translation>une rencontre de savoir-faire qui n&apos;en est pas une</translation>
    </message>
    <message>
        <source>a market day that is not one</source>
        <translation>un jour de marché qui n&apos;en est pas un</translation>
    </message>
    <message>
        <source>leftovers that are neither kept nor handed off</source>
        <translation>des restes ni gardés ni donnés</translation>
    </message>
    <message>
        <source>a category that is not one</source>
        <translation>une catégorie qui n&apos;en est pas une</translation>
    </message>
    <message>
        <source>a quantity that is not from 1 to 999</source>
        <translation>une quantité qui n&apos;est pas entre 1 et 999</translation>
    </message>
    <message>
        <source>an event with {field} out of range</source>
        <translation>un événement avec {field} hors limites</translation>
    </message>
    <message>
        <source>food rescued from a kind of source this version does not know</source>
        <translation>de la nourriture sauvée d&apos;un type de source que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>a quarter hour that is not one</source>
        <translation>un quart d&apos;heure qui n&apos;en est pas un</translation>
    </message>
    <message>
        <source>a setting without a name</source>
        <translation>un réglage sans nom</translation>
    </message>
    <message>
        <source>a line is not an event</source>
        <translation>une ligne n&apos;est pas un événement</translation>
    </message>
    <message>
        <source>an event without a type</source>
        <translation>un événement sans type</translation>
    </message>
    <message>
        <source>an event of type {type} from a newer Commons Table</source>
        <translation>un événement de type {type} d&apos;un Commons Table plus récent</translation>
    </message>
    <message>
        <source>an event without a proper kiosk id and sequence</source>
        <translation>un événement sans identifiant de borne ni numéro d&apos;ordre valables</translation>
    </message>
    <message>
        <source>an event with a wrong id or a time finer than a quarter hour</source>
        <translation>un événement avec un identifiant faux ou une heure plus précise qu&apos;un quart d&apos;heure</translation>
    </message>
    <message>
        <source>an event that names a person</source>
        <translation>un événement qui nomme une personne</translation>
    </message>
    <message>
        <source>it is far bigger than any journal file</source>
        <translation>il est bien plus gros que tout fichier de journal</translation>
    </message>
    <message>
        <source>its first line is not a journal header</source>
        <translation>sa première ligne n&apos;est pas un en-tête de journal</translation>
    </message>
    <message>
        <source>it is not a Commons Table journal</source>
        <translation>ce n&apos;est pas un journal de Commons Table</translation>
    </message>
    <message>
        <source>it was written by a newer Commons Table</source>
        <translation>il a été écrit par un Commons Table plus récent</translation>
    </message>
    <message>
        <source>it is truncated or damaged (its checksum does not match)</source>
        <translation>il est tronqué ou abîmé (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>it does not belong to the kiosk folder it is in</source>
        <translation>il n&apos;appartient pas au dossier de borne où il se trouve</translation>
    </message>
    <message>
        <source>its header&apos;s numbers are not a journal file&apos;s</source>
        <translation>les nombres de son en-tête ne sont pas ceux d&apos;un fichier de journal</translation>
    </message>
    <message>
        <source>it holds fewer events than its header says</source>
        <translation>il contient moins d&apos;événements que ne l&apos;indique son en-tête</translation>
    </message>
    <message>
        <source>one of its lines is garbled</source>
        <translation>une de ses lignes est illisible</translation>
    </message>
    <message>
        <source>its events are not numbered one after another</source>
        <translation>ses événements ne sont pas numérotés à la suite</translation>
    </message>
    <message>
        <source>{why} (line {line})</source>
        <translation>{why} (ligne {line})</translation>
    </message>
    <message>
        <source>this folder holds another market&apos;s journals</source>
        <translation>ce dossier contient les journaux d&apos;un autre marché</translation>
    </message>
    <message>
        <source>an event that refers to a {found} as if it were a {need}</source>
        <translation>un événement qui désigne un {found} comme si c&apos;était un {need}</translation>
    </message>
    <message>
        <source>a thing listed in a category this kiosk does not know ({category})</source>
        <translation>un objet inscrit dans une catégorie que cette borne ne connaît pas ({category})</translation>
    </message>
    <message>
        <source>a want in a category this kiosk does not know ({category})</source>
        <translation>une recherche dans une catégorie que cette borne ne connaît pas ({category})</translation>
    </message>
    <message>
        <source>an event with this kiosk&apos;s id came from outside</source>
        <translation>un événement avec l&apos;identifiant de cette borne est venu de l&apos;extérieur</translation>
    </message>
    <message>
        <source>events of type {type} come from a newer Commons Table</source>
        <translation>les événements de type {type} viennent d&apos;un Commons Table plus récent</translation>
    </message>
    <message>
        <source>the PDF came out incomplete, perhaps the disk is full</source>
        <translation>le PDF est sorti incomplet, le disque est peut-être plein</translation>
    </message>
</context>
</TS>
